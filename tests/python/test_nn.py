"""cotangent.nn.functional against torch.nn.functional where the op table
cannot compare: dropout's own seeded generator. Every other nn case is a
call of its row (OpInfo::calls, tests/python/test_op_table.py)."""


def test_dropout_seeded_shape():
    import cotangent as ct
    ct.manual_seed(0)
    x = ct.ones(100)
    y = ct.nn.functional.dropout(x, 0.5)
    vals = set(y.tolist())
    assert vals <= {0.0, 2.0} and y.shape == x.shape


