"""The built-in model server and the backends the gateway calls: plain Python over torch, transformers and httpx."""
