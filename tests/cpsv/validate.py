#!/usr/bin/env python3
"""CI: validates a CPSV-AP JSON-LD export against tests/cpsv/cpsv-ap-shapes.ttl (pySHACL).

Usage: validate.py EXPORT.jsonld. Exit 0 when it conforms, 1 with the report otherwise.
"""
import sys
from pathlib import Path

from pyshacl import validate
from rdflib import Graph

shapes = Path(__file__).with_name("cpsv-ap-shapes.ttl")
data = Graph().parse(sys.argv[1], format="json-ld")
if len(data) == 0:
    sys.exit(f"{sys.argv[1]}: no triples read")
conforms, _, text = validate(data, shacl_graph=Graph().parse(shapes, format="turtle"), inference="none")
print(f"{sys.argv[1]}: {len(data)} triples, conforms={conforms}")
if not conforms:
    print(text)
    sys.exit(1)
