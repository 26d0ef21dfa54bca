"""govkg: knowledge graphs from Chinese reports of local government and party work experience.

Pipeline, one module per stage: read → segment → extract → link → graph → export/render.
"""
from .api import KnowledgeGraph, build, extract_file
from .model import Failure
from .read import InputError

__all__ = ["build", "extract_file", "KnowledgeGraph", "Failure", "InputError"]
__version__ = "0.1.0"
