"""Nested tuples, lists and dicts of leaves (pytrees), flattened and rebuilt
as torch.utils._pytree does, with its TreeSpec text (functorch's messages
show it)."""
import collections


class TreeSpec:
    """The structure of a pytree: a node type, its context (dict keys,
    namedtuple type) and one spec per child; a leaf is LeafSpec."""

    def __init__(self, kind, context, children):
        self.kind = kind
        self.context = context
        self.children = children
        self.num_leaves = sum(c.num_leaves for c in children)

    def __eq__(self, other):
        return (isinstance(other, TreeSpec) and not isinstance(other, LeafSpec)
                and self.kind is other.kind and self.context == other.context
                and self.children == other.children)

    def __repr__(self):
        context = self.context.__name__ if isinstance(self.context, type) else repr(self.context)
        return "TreeSpec(%s, %s, [%s])" % (self.kind.__name__, context,
                                           ", ".join(repr(c) for c in self.children))


class LeafSpec(TreeSpec):
    def __init__(self):
        self.kind = None
        self.context = None
        self.children = []
        self.num_leaves = 1

    def __eq__(self, other):
        return isinstance(other, LeafSpec)

    def __repr__(self):
        return "*"


def _is_namedtuple(x):
    return isinstance(x, tuple) and hasattr(x, "_fields")


def _children(x):
    """(kind, context, children) of a container node, or None for a leaf."""
    if _is_namedtuple(x):
        return collections.namedtuple, type(x), list(x)
    if isinstance(x, tuple):
        return tuple, None, list(x)
    if isinstance(x, list):
        return list, None, list(x)
    if isinstance(x, collections.OrderedDict):
        return collections.OrderedDict, list(x.keys()), list(x.values())
    if isinstance(x, dict):
        return dict, list(x.keys()), list(x.values())
    return None


def tree_flatten(tree):
    """(leaves, spec), leaves in order (dicts in insertion order)."""
    leaves = []

    def go(x):
        node = _children(x)
        if node is None:
            leaves.append(x)
            return LeafSpec()
        kind, context, children = node
        return TreeSpec(kind, context, [go(c) for c in children])

    spec = go(tree)
    return leaves, spec


def tree_unflatten(leaves, spec):
    it = iter(leaves)

    def go(s):
        if isinstance(s, LeafSpec):
            return next(it)
        children = [go(c) for c in s.children]
        if s.kind is collections.namedtuple:
            try:
                return s.context(*children)
            except TypeError:  # a struct sequence (torch.return_types) takes one sequence
                return s.context(children)
        if s.kind is tuple:
            return tuple(children)
        if s.kind is list:
            return children
        return s.kind(zip(s.context, children))

    return go(spec)


def broadcast_to_and_flatten(prefix, spec):
    """`prefix` (a tree whose leaves stand for whole subtrees of `spec`)
    repeated over the leaves of `spec`: a flat list, or None when the
    structures do not match."""
    out = []

    def go(p, s):
        node = _children(p)
        if node is None:
            out.extend([p] * s.num_leaves)
            return True
        if isinstance(s, LeafSpec):
            return False
        kind, context, children = node
        if kind is not s.kind or context != s.context or len(children) != len(s.children):
            return False
        return all(go(c, cs) for c, cs in zip(children, s.children))

    return out if go(prefix, spec) else None
