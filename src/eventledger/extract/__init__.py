"""Extraction stages: each reads one report's text and returns spans anchored by character offsets."""
