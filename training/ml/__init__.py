"""Training stages over transformers, TRL and PEFT: paths and dataclasses in, adapters and metrics out; no Django."""
