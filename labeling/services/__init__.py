"""Every write of the labeling app; see the modules for campaigns, imports, reviews and datasets."""
