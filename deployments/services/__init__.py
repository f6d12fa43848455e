"""Every write of the deployments app: lifecycle, keys, serving, shadow and feedback, monitoring, drift."""
