"""Tests of the deployments app."""
