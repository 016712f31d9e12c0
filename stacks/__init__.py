"""Typed CDKTF constructs and stacks for the media storage of Richie sites on Scaleway."""
