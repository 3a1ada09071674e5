"""The served OpenAPI document is a valid OpenAPI 3.1 document."""
import json
import urllib.request

from openapi_spec_validator import validate


def test_openapi_document_is_valid(server):
    with urllib.request.urlopen(server + "/api/v1/openapi.json") as res:
        document = json.load(res)
    validate(document)
    assert document["openapi"] == "3.1.0"
