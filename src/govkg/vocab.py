"""The govkg ontology namespace: every term the code uses, checked.

A misspelt term raises AttributeError instead of minting a new IRI.
The terms are those declared in ``ontology/govkg.ttl`` (a test checks both agree).
"""
from rdflib import URIRef
from rdflib.namespace import DefinedNamespace, Namespace


class GK(DefinedNamespace):
    _NS = Namespace("https://w3id.org/govkg/ontology#")
    _fail = True

    # classes
    Entity: URIRef
    Document: URIRef
    Event: URIRef
    Speech: URIRef
    Organization: URIRef
    Place: URIRef
    Person: URIRef
    Program: URIRef
    Mechanism: URIRef
    Metric: URIRef
    Group: URIRef
    Publication: URIRef
    Mention: URIRef
    Comparator: URIRef
    # comparators
    AtLeast: URIRef
    AtMost: URIRef
    MoreThan: URIRef
    LessThan: URIRef
    Approximately: URIRef
    Exactly: URIRef
    # object properties
    hasSpeech: URIRef
    speaker: URIRef
    location: URIRef
    reportedIn: URIRef
    runs: URIRef
    establishes: URIRef
    hasMetric: URIRef
    appliesTo: URIRef
    partOf: URIRef
    comparator: URIRef
    mention: URIRef
    mentionedIn: URIRef
    inDocument: URIRef
    # data properties
    headline: URIRef
    date: URIRef
    value: URIRef
    unit: URIRef
    period: URIRef
    measure: URIRef
    since: URIRef
    start: URIRef
    end: URIRef
    sentence: URIRef
    surface: URIRef
    fileName: URIRef
    sha256: URIRef
    script: URIRef


DEFAULT_BASE = "https://w3id.org/govkg/resource/"
#: what the networkx view and the page show: these classes as nodes, these properties as edges
NODE_CLASSES = ("Organization", "Place", "Person", "Program", "Mechanism", "Group", "Publication",
                "Event", "Speech", "Metric")
EDGE_PREDICATES = ("runs", "establishes", "hasMetric", "appliesTo", "speaker", "hasSpeech", "location", "partOf")
