"""After promotion: deployments, the OpenAI-compatible gateway, shadow, rollout, monitoring and drift."""
