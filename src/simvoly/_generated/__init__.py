"""Code generated from openapi.yaml by `make generate`; do not edit.

Private to the simvoly SDK: import models from `simvoly.models` and use
`simvoly.AsyncSimvoly` for requests.
"""
