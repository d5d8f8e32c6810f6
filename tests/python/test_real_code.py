"""Patterns real PyTorch code uses (the AD benchmarks' hand tracking, GMM,
LSTM and bundle adjustment objectives are written this way), in our own
words, run on torch and on cotangent: rotation matrices assembled by
writing scalars into torch.eye, parameter tables filled row by row, LSTM
states written into a detached clone, a packed lower-triangular matrix
built with repeat_interleave, multigammaln, device= keywords."""
from difftest import D, check


def _rotation(m, angles):
    # R = Rz @ Ry @ Rx, each written entry by entry into a float32 identity
    def axis(i, j, t):
        R = m.eye(3)
        R[i, i] = m.cos(t)
        R[j, i] = m.sin(t)
        R[i, j] = -R[j, i]
        R[j, j] = R[i, i]
        return R
    return axis(0, 1, angles[2]) @ axis(0, 2, angles[1]) @ axis(1, 2, angles[0])


def _pose_table(m, theta):
    table = m.zeros((6, 3), dtype=m.float64)
    table[0, :] = theta[0:3]
    table[1, :] = m.ones((3,))
    table[2, :] = theta[3:6]
    k = 6
    for row in range(3, 6):
        table[row, 0] = theta[k]
        table[row, 1] = theta[k + 1] ** 2
        k += 2
    scale = table[1]
    R = _rotation(m, table[0])
    R *= scale[0]
    return R @ table[3:].t() + table[2:3].t()


def _lstm_states(m, weights, state, x):
    new = state.clone().detach()
    for i in range(0, state.shape[0], 2):
        gates = m.cat((x, state[i + 1])) * weights[i]
        h = m.sigmoid(gates[:2]) * m.tanh(gates[2:])
        (new[i], new[i + 1]) = (h, state[i + 1] * 0.5 + h)
        x = new[i]
    return new


def _packed_lower(m, q, l):
    d = q.shape[1]
    cols = m.repeat_interleave(m.arange(d - 1), m.arange(d - 1, 0, -1))
    rows = m.cat([m.arange(c + 1, d) for c in range(d - 1)])
    Ls = m.zeros((q.shape[0], d, d), dtype=l.dtype, device=l.device)
    Ls[:, rows, cols] = l
    Ls = Ls + m.diag_embed(m.exp(q))
    prior = m.special.multigammaln(m.tensor(2.5, dtype=m.float64), d)
    return (Ls @ Ls.transpose(1, 2)).sum() - prior


def test_rotation_written_into_eye():
    check(_rotation, D(3))


def test_pose_table():
    check(_pose_table, D(12))


def test_lstm_states_in_a_detached_clone():
    check(_lstm_states, D(4, 4), D(4, 2), D(2))


def test_packed_lower_triangle():
    check(_packed_lower, D(2, 4), D(2, 6))


def test_jacobian_and_hessian_of_the_pose_table():
    check(lambda m, t: m.autograd.functional.jacobian(lambda u: _pose_table(m, u), t), D(12), grad=False)
    check(lambda m, t: m.autograd.functional.hessian(lambda u: _pose_table(m, u).sum(), t), D(12), grad=False)
