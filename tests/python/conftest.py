# Run with:  PYTHONPATH=build/python /usr/bin/python3 -m pytest -q tests/python
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
