# Generates docs/ops.md from the op table (include/cotangent/op_table.h, read
# through the built Python module) and, for the ops not in the table yet, the
# rows below:
#   PYTHONPATH=build/python /usr/bin/python3 scripts/gen_ops_doc.py docs/ops.md
# (section, cpp, torch, node, derivative)
import re

import cotangent

TABLE = cotangent._C._op_table()
NODE_OF = {}
for r in TABLE:
    NODE_OF.setdefault(r["op"], set()).add(r["node"])
R = []
def sec(name): R.append(("##", name))
def row(cpp, torch, node, d):
    name = re.split(r"[ (]", cpp)[0]
    if node not in NODE_OF.get(name, ()):  # the table's row is the one place
        R.append((cpp, torch, node, d))
sec("Arithmetic (broadcasting, PyTorch's type promotion)")
row("add(a, b, alpha) / a + b / a + s / s + a", "torch.add", "AddBackward0", "g, alpha·g")
row("sub(a, b, alpha) / a - b / a - s", "torch.sub", "SubBackward0", "g, -alpha·g")
row("rsub(a, s) / s - a", "torch.rsub", "RsubBackward1", "-g")
row("mul(a, b) / a * b / a * s", "torch.mul", "MulBackward0", "g·b, g·a")
row("div(a, b) / a / b / a / s", "torch.div", "DivBackward0", "g/b, -g·a/b²")
row("s / a", "torch.div", "MulBackward0", "reciprocal(a)·s")
row("neg / -a", "torch.neg", "NegBackward0", "-g")
row("pow(x, s)", "torch.pow", "PowBackward0", "g·s·x^(s-1); 0 for s = 0")
row("pow(x, y)", "torch.pow", "PowBackward1", "g·y·x^(y-1) (0 where y = 0); g·out·log x (0 where x = 0, y ≥ 0)")
row("pow(s, y)", "torch.pow", "PowBackward2", "g·out·log s")
sec("Elementwise math")
for cpp, torch, node, d in [
 ("abs","torch.abs","AbsBackward0","g·sign(x)"),("sign","torch.sign","SignBackward0","0"),("sgn","torch.sgn","SgnBackward0","0"),
 ("reciprocal","torch.reciprocal","ReciprocalBackward0","-g·out²"),("square","torch.square","PowBackward0","2g·x"),
 ("sqrt","torch.sqrt","SqrtBackward0","g/(2·out)"),("rsqrt","torch.rsqrt","RsqrtBackward0","-g·out³/2"),
 ("exp","torch.exp","ExpBackward0","g·out"),("exp2","torch.exp2","Exp2Backward0","g·out·ln 2"),("expm1","torch.expm1","Expm1Backward0","g·(out+1)"),
 ("log","torch.log","LogBackward0","g/x"),("log2","torch.log2","Log2Backward0","g/(x ln 2)"),("log10","torch.log10","Log10Backward0","g/(x ln 10)"),
 ("log1p","torch.log1p","Log1PBackward0","g/(1+x)"),("sin","torch.sin","SinBackward0","g·cos x"),("cos","torch.cos","CosBackward0","-g·sin x"),
 ("tan","torch.tan","TanBackward0","g·(1+out²)"),("asin","torch.asin","AsinBackward0","g/√(1-x²)"),("acos","torch.acos","AcosBackward0","-g/√(1-x²)"),
 ("atan","torch.atan","AtanBackward0","g/(1+x²)"),("sinh","torch.sinh","SinhBackward0","g·cosh x"),("cosh","torch.cosh","CoshBackward0","g·sinh x"),
 ("tanh","torch.tanh","TanhBackward0","g·(1-out²)"),("asinh","torch.asinh","AsinhBackward0","g/√(x²+1)"),("acosh","torch.acosh","AcoshBackward0","g/√(x²-1)"),
 ("atanh","torch.atanh","AtanhBackward0","g/(1-x²)"),("erf","torch.erf","ErfBackward0","g·2/√π·e^(-x²)"),("erfc","torch.erfc","ErfcBackward0","-g·2/√π·e^(-x²)"),
 ("sigmoid","torch.sigmoid","SigmoidBackward0","g·out·(1-out)"),("relu","torch.relu","ReluBackward0","g·(out > 0)"),
 ("floor","torch.floor","FloorBackward0","0"),("ceil","torch.ceil","CeilBackward0","0"),("round","torch.round","RoundBackward0","0"),
 ("trunc","torch.trunc","TruncBackward0","0"),("frac","torch.frac","FracBackward0","g"),
 ("clamp(x, min, max) (scalars)","torch.clamp","ClampBackward1","g·(min ≤ x ≤ max)"),
 ("clamp(x, min, max) (tensors)","torch.clamp","ClampBackward0","g inside; g to the bound that clamps"),
 ("clamp_min, clamp_max","torch.clamp_min / clamp_max","ClampMinBackward0 / ClampMaxBackward0","as clamp"),
 ("nan_to_num","torch.nan_to_num","NanToNumBackward0","g·isfinite(x)"),
 ("round(x, decimals) (src/ops/special.cpp)","torch.round(x, decimals=)","RoundBackward1","0"),
]: row(cpp, torch, node, d)
sec("Special functions (src/ops/special.cpp; torch's scalar kernels, ops/special_math.h)")
for cpp, torch, node, d in [
 ("lgamma / special::gammaln","torch.lgamma / torch.special.gammaln","LgammaBackward0","g·digamma(x)"),
 ("digamma / special::psi","torch.digamma / torch.special.digamma, psi","DigammaBackward0","g·polygamma(1, x)"),
 ("polygamma(n, x)","torch.polygamma / torch.special.polygamma","PolygammaBackward0","g·polygamma(n+1, x)"),
 ("mvlgamma(x, p) / special::multigammaln","torch.mvlgamma / torch.special.multigammaln","MvlgammaBackward0","g·Σᵢ digamma(x - i/2)"),
 ("erfinv","torch.erfinv / torch.special.erfinv","ErfinvBackward0","g·√π/2·e^(out²)"),
 ("i0","torch.i0 / torch.special.i0","I0Backward0","g·i1(x)"),
 ("special::i0e","torch.special.i0e","SpecialI0EBackward0","g·(i1e(x) - sign(x)·out)"),
 ("special::i1","torch.special.i1","SpecialI1Backward0","g·(i0(x) - out/x); g/2 at 0"),
 ("special::i1e","torch.special.i1e","SpecialI1EBackward0","g·(i0e(x) - out·(sign(x) + 1/x)); g/2 at 0"),
 ("special::ndtri","torch.special.ndtri","SpecialNdtriBackward0","g·√(2π)·e^(out²/2)"),
 ("special::log_ndtr","torch.special.log_ndtr","SpecialLogNdtrBackward0","g/√(2π)·e^(-(out + x²/2))"),
 ("special::erfcx","torch.special.erfcx","SpecialErfcxBackward0","g·(2x·out - 2/√π)"),
 ("special::entr","torch.special.entr","SpecialEntrBackward0","-g·(1 + log x)"),
 ("sinc","torch.sinc / torch.special.sinc","SincBackward0","g·(πx cos πx - sin πx)/(πx²); 0 at 0"),
 ("logit(x, eps)","torch.logit / torch.special.logit","LogitBackward0","g/(x(1-x)); 0 outside [eps, 1-eps]; NaN outside [0, 1] without eps"),
 ("xlogy(x, y) (tensor / scalar x / scalar y)","torch.xlogy / torch.special.xlogy","XlogyBackward0 / XlogyBackward1 / XlogyBackward2","g·xlogy(x ≠ 0, y), g·x/y"),
 ("special::xlog1py(x, y)","torch.special.xlog1py","SpecialXlog1PyBackward0 / SpecialXlog1PyBackward1 / SpecialXlog1PyBackward2","g·xlog1py(x ≠ 0, y), g·x/(1+y)"),
 ("special::gammainc(a, x), special::gammaincc","torch.special.gammainc / gammaincc","IgammaBackward0 / IgammacBackward0","a: not implemented (as torch); x: ±g·x^(a-1)e^(-x)/Γ(a)"),
 ("special::ndtr","torch.special.ndtr","MulBackward1","composite: (1 + erf(x/√2))/2"),
 ("special::expit","torch.special.expit","SigmoidBackward0","sigmoid"),
 ("special::round(x, decimals)","torch.special.round","RoundBackward1","0"),
 ("special::softmax, special::log_softmax(x, dim, dtype); Tensor::softmax, Tensor::log_softmax","torch.special.softmax / log_softmax, Tensor.softmax","SoftmaxBackward0 / LogSoftmaxBackward0","nn::functional::softmax / log_softmax"),
 ("special::erf, erfc, exp2, expm1, log1p, logsumexp","torch.special.*","as the top-level ops","the same functions (using-declarations)"),
 ("special::gammaln, special::psi","torch.special.gammaln / torch.special.psi","LgammaBackward0 / DigammaBackward0","aliases of lgamma / digamma"),
]: row(cpp, torch, node, d)
sec("Binary elementwise")
for cpp, torch, node, d in [
 ("atan2(a, b)","torch.atan2","Atan2Backward0","g·b/(a²+b²), -g·a/(a²+b²)"),
 ("maximum(a, b)","torch.maximum","MaximumBackward0","g to the larger; ties split g/2"),
 ("minimum(a, b)","torch.minimum","MinimumBackward0","g to the smaller; ties split g/2"),
 ("fmod(a, b)","torch.fmod","FmodBackward1 (FmodBackward0 for a scalar b)","g, -g·trunc(a/b)"),("remainder(a, b)","torch.remainder","RemainderBackward1 (RemainderBackward0 for a scalar b)","g, -g·floor(a/b)"),
 ("div(a, b, rounding_mode) (\"trunc\", \"floor\"; integers stay integers)","torch.div","DivBackward2","0, 0"),
 ("floor_divide(a, b)","torch.floor_divide","DivBackward2 (torch: not differentiable)","0, 0"),
 ("hypot(a, b)","torch.hypot","HypotBackward0","g·a/out, g·b/out"),
 ("lerp(a, b, w) (scalar w)","torch.lerp","LerpBackward0","g(1-w), g·w"),("lerp(a, b, w) (tensor w)","torch.lerp","LerpBackward1","g(1-w), g·w, g(b-a)"),
 ("where(c, a, b)","torch.where","WhereBackward0","where(c, g, 0), where(c, 0, g)"),
]: row(cpp, torch, node, d)
sec("Comparisons and logic (bool results, no gradient)")
for cpp in ["eq / ==","ne / !=","lt / <","le / <=","gt / >","ge / >=","logical_and","logical_or","logical_xor","logical_not","& | ^ ~ (bool, int64, int32)","isnan","isinf","isfinite"]:
    row(cpp, "torch."+cpp.split(" ")[0], "—", "not differentiable")
sec("Reductions")
for cpp, torch, node, d in [
 ("sum(x)","torch.sum","SumBackward0","g expanded"),("sum(x, dims, keepdim)","torch.sum","SumBackward1","g unsqueezed, expanded"),
 ("mean(x)","torch.mean","MeanBackward0","g expanded / n"),("mean(x, dims, keepdim)","torch.mean","MeanBackward1","as sum / n"),
 ("prod(x)","torch.prod","ProdBackward0","g·(product of the others), zero-safe via exclusive cumprods"),
 ("prod(x, dim, keepdim)","torch.prod","ProdBackward1","same along dim"),
 ("max(x), min(x)","torch.max / torch.min","MaxBackward1 / MinBackward1","g shared evenly among ties"),
 ("max(x, dim, keepdim), min(...) → (values, indices)","torch.max / torch.min","MaxBackward0 / MinBackward0","g scattered to the index"),
 ("amax(x, dims, keepdim), amin","torch.amax / torch.amin","AmaxBackward0 / AminBackward0","g shared evenly among ties"),
 ("argmax, argmin","torch.argmax / argmin","—","not differentiable"),
 ("var(x, dims, correction, keepdim)","torch.var","VarBackward0","2g(x-mean)/(N-correction)"),
 ("std(x, dims, correction, keepdim)","torch.std","StdBackward0","g(x-mean)/((N-correction)·out)"),
 ("norm(x, p, dims, keepdim) (p = 1, 2, inf, fro, any p)","torch.norm","NormBackward1","g·x|x|^(p-2)/out^(p-1); sign for p=1; ties for inf"),
 ("logsumexp(x, dims, keepdim)","torch.logsumexp","LogsumexpBackward0","g·exp(x-out)"),
 ("cumsum(x, dim)","torch.cumsum","CumsumBackward0","reverse cumsum of g"),
 ("cumprod(x, dim)","torch.cumprod","CumprodBackward0","reverse cumsum(g·out)/x; exact column formula when x has zeros"),
 ("all, any","torch.all / torch.any","—","not differentiable"),
 ("sum_to(x, shape)","Tensor.sum_to_size","(sum + reshape)","composite"),
]: row(cpp, torch, node, d)
sec("Views and shape")
for cpp, torch, node, d in [
 ("view / view_as","Tensor.view","ViewBackward0","g.reshape(x.shape)"),("reshape (aliasing)","torch.reshape","ReshapeAliasBackward0","g.reshape(x.shape)"),
 ("reshape (copying)","torch.reshape","UnsafeViewBackward0","g.reshape(x.shape)"),("flatten","torch.flatten","(reshape)","composite"),
 ("unflatten","torch.unflatten","ViewBackward0","composite (view)"),("transpose","torch.transpose","TransposeBackward0","g.transpose"),
 ("t","torch.t","TBackward0","g.t()"),("mT","Tensor.mT","TransposeBackward0","g.mT"),("permute","torch.permute","PermuteBackward0","g.permute(inverse)"),
 ("expand / expand_as / broadcast_to","Tensor.expand","ExpandBackward0","sum_to(g, x.shape)"),("unsqueeze","torch.unsqueeze","UnsqueezeBackward0","g.squeeze(d)"),
 ("squeeze()","torch.squeeze","SqueezeBackward0","g.reshape(x.shape)"),("squeeze(d)","torch.squeeze","SqueezeBackward1","g.unsqueeze(d)"),
 ("narrow / slice(dim, start, end, step)","torch.narrow / x[a:b:s]","SliceBackward0","g placed in zeros (SliceBackwardBackward0: slice)"),
 ("select / operator[]","torch.select / x[i]","SelectBackward0","g placed in zeros (SelectBackwardBackward0: select)"),
 ("diagonal(offset, d1, d2)","torch.diagonal","DiagonalBackward0","g placed on the diagonal"),
 ("clone","torch.clone","CloneBackward0","g"),("contiguous","Tensor.contiguous","CloneBackward0 (when it copies)","g"),
 ("to(dtype)","Tensor.to","ToCopyBackward0","g.to(x.dtype)"),("detach","Tensor.detach","—","cuts the graph"),
 ("cat(ts, dim)","torch.cat","CatBackward0","g.narrow per input"),("stack(ts, dim)","torch.stack","StackBackward0","g.select per input"),
 ("split(x, size | sizes, dim), chunk","torch.split / torch.chunk","SplitBackward0 / SplitWithSizesBackward0","cat of the parts' gradients"),
 ("unbind(x, dim)","torch.unbind","UnbindBackward0","stack of the parts' gradients"),
 ("repeat(repeats)","Tensor.repeat","RepeatBackward0","g summed over the tiles"),("flip(dims)","torch.flip","FlipBackward0","g.flip(dims)"),
 ("roll(shifts, dims)","torch.roll","RollBackward0","g.roll(-shifts, dims)"),
 ("diag(x, k)","torch.diag","DiagBackward0","diagonal / diag_embed of g"),("diag_embed","torch.diag_embed","DiagEmbedBackward0","g.diagonal"),
 ("tril(k), triu(k)","torch.tril / torch.triu","TrilBackward0 / TriuBackward0","g.tril(k) / g.triu(k)"),
]: row(cpp, torch, node, d)
sec("Indexing")
for cpp, torch, node, d in [
 ("index_select(x, dim, idx) (int64 or int32 idx)","torch.index_select","IndexSelectBackward0","index_add of g into zeros"),
 ("gather(x, dim, idx)","torch.gather","GatherBackward0","scatter_add of g into zeros"),
 ("scatter(x, dim, idx, src)","torch.scatter","ScatterBackward0","g.scatter(idx, 0), g.gather(idx)"),
 ("scatter(x, dim, idx, value)","torch.scatter","ScatterBackward1","g.scatter(idx, 0)"),
 ("scatter_add(x, dim, idx, src)","torch.scatter_add","ScatterAddBackward0","g, g.gather(idx)"),
 ("index_add(x, dim, idx, src, alpha) (int64 or int32 idx)","torch.index_add","IndexAddBackward0","g, alpha·g.index_select(idx)"),
 ("masked_fill(x, mask, value)","torch.masked_fill","MaskedFillBackward0 / MaskedFillBackward1","where(mask, 0, g); value: sum over mask"),
 ("masked_select(x, mask)","torch.masked_select","MaskedSelectBackward0","masked_scatter of g into zeros"),
 ("masked_scatter(x, mask, src)","torch.masked_scatter","MaskedScatterBackward0","where(mask, 0, g), masked_select(g)"),
 ("take_along_dim(x, idx, dim)","torch.take_along_dim","GatherBackward0","composite (gather)"),
 ("repeat_interleave(x, repeats, dim, output_size) (int or int64/int32 tensor repeats; repeat_interleave(repeats))","torch.repeat_interleave","IndexSelectBackward0","composite (index_select): each group of repeats summed"),
]: row(cpp, torch, node, d)
sec("Linear algebra (OpenBLAS GEMM, LAPACK)")
for cpp, torch, node, d in [
 ("mm(a, b)","torch.mm","MmBackward0","g·bᵀ, aᵀ·g"),("bmm(a, b)","torch.bmm","BmmBackward0","per batch"),
 ("mv(a, v)","torch.mv","MvBackward0","g ⊗ v, aᵀ·g"),("dot(a, b)","torch.dot","DotBackward0","g·b, g·a"),
 ("matmul(a, b)","torch.matmul","(dot/mv/mm/bmm + views)","composite, all of PyTorch's cases"),
 ("outer(a, b)","torch.outer","MulBackward0","composite"),("addmm(c, a, b, beta, alpha)","torch.addmm","AddmmBackward0","beta·g, alpha·g·bᵀ, alpha·aᵀ·g"),
 ("einsum(eq, ops) ('...' ellipsis, broadcasting)","torch.einsum","(permute + bmm)","composite"),
 ("linalg::cross(a, b, dim = -1), cross(a, b, dim) (default: first dim of size 3)","torch.linalg.cross / torch.cross","LinalgCrossBackward0","b × g, g × a (broadcast gradients summed)"),
 ("linalg::inv","torch.linalg.inv","LinalgInvExBackward0","-A⁻ᵀ g A⁻ᵀ"),("linalg::det","torch.linalg.det","LinalgDetBackward0","g·det·A⁻ᵀ; det = 0: 0, with create_graph the cofactor matrix (torch 1.13)"),
 ("linalg::slogdet → (sign, logabsdet)","torch.linalg.slogdet","LinalgSlogdetBackward0","g·A⁻ᵀ"),
 ("linalg::solve(A, B)","torch.linalg.solve","LinalgSolveExBackward0","gB = solve(Aᵀ, g), gA = -gB·Xᵀ"),
 ("linalg::cholesky","torch.linalg.cholesky","LinalgCholeskyExBackward0","L⁻ᵀ Φ(Lᵀ gL) L⁻¹, symmetrised"),
]: row(cpp, torch, node, d)
sec("Neural-network functions (ct::nn::functional)")
for cpp, torch, node, d in [
 ("relu, sigmoid, tanh","F.relu …","as above",""),("logsigmoid","F.logsigmoid","LogSigmoidBackward0","g·sigmoid(-x)"),
 ("softplus(x, beta, threshold)","F.softplus","SoftplusBackward0","g·sigmoid(beta·x) (1 above threshold)"),
 ("leaky_relu(x, slope)","F.leaky_relu","LeakyReluBackward0","g·(x > 0 ? 1 : slope)"),
 ("elu(x, alpha)","F.elu","EluBackward0","g·(x > 0 ? 1 : alpha·eˣ)"),("selu","F.selu","EluBackward0","scale·elu'"),
 ("gelu(x, \"none\" | \"tanh\")","F.gelu","GeluBackward0","g·(Φ(x) + x·φ(x)) / tanh form"),
 ("silu","F.silu","SiluBackward0","g·s(1 + x(1-s))"),("hardtanh(x, min, max)","F.hardtanh","HardtanhBackward0","g·(min < x < max)"),
 ("softmax(x, dim)","F.softmax","SoftmaxBackward0","y·(g - Σ g·y)"),("log_softmax(x, dim)","F.log_softmax","LogSoftmaxBackward0","g - eʸ·Σ g"),
 ("cross_entropy(x, target, {weight, ignore_index, reduction, label_smoothing})","F.cross_entropy","NllLossBackward0 (+ smoothing terms)","composite of log_softmax and nll_loss"),
 ("nll_loss(x, target, {weight, ignore_index, reduction})","F.nll_loss","NllLossBackward0 (NllLoss2DBackward0 for K-dim inputs)","-w·g scattered at the targets"),
 ("mse_loss","F.mse_loss","MseLossBackward0","2(x-y)·g"),("l1_loss","F.l1_loss","MeanBackward0 (composite)","g·sign(x-y)"),
 ("smooth_l1_loss(beta)","F.smooth_l1_loss","SmoothL1LossBackward0","g·clamp((x-y)/beta, -1, 1)"),
 ("binary_cross_entropy(x, y, weight)","F.binary_cross_entropy","BinaryCrossEntropyBackward0","g·w(x-y)/(x(1-x))"),
 ("binary_cross_entropy_with_logits(x, y, weight, pos_weight)","F.binary_cross_entropy_with_logits","BinaryCrossEntropyWithLogitsBackward0","g·w((1-y) - l_w·sigmoid(-x))"),
 ("linear(x, w, b)","F.linear","AddmmBackward0 / MmBackward0 (composite)","composite"),
 ("layer_norm(x, shape, w, b, eps)","F.layer_norm","NativeLayerNormBackward0","rstd(ĝ - mean ĝ - x̂·mean(ĝx̂)); Σg·x̂; Σg"),
 ("dropout(x, p, training)","F.dropout","MulBackward0","composite (seeded mask)"),
 ("conv1d, conv2d(stride, padding, dilation, groups)","F.conv1d / F.conv2d","ConvolutionBackward0","fold(Wᵀ·g); g·unfold(x)ᵀ; Σg"),
 ("max_pool2d(kernel, stride, padding, dilation, ceil_mode)","F.max_pool2d","MaxPool2DWithIndicesBackward0","g scattered to the arg-max, folded"),
 ("avg_pool2d(kernel, stride, padding, ceil_mode, count_include_pad)","F.avg_pool2d","AvgPool2DBackward0","g/divisor spread over the window, folded"),
 ("unfold (im2col)","F.unfold","Im2ColBackward0","fold(g)"),("fold (col2im)","F.fold","Col2ImBackward0","unfold(g)"),
 ("pad(x, pads, \"constant\", value)","F.pad","ConstantPadNdBackward0","pad(g, -pads)"),
 ("pad(x, pads, \"reflect\")","F.pad(mode=\"reflect\")","ReflectionPad1DBackward0 / ReflectionPad2DBackward0 / ReflectionPad3DBackward0","index_add of g along each padded dim"),
 ("pad(x, pads, \"replicate\")","F.pad(mode=\"replicate\")","ReplicationPad1DBackward0 / ReplicationPad2DBackward0 / ReplicationPad3DBackward0","index_add of g along each padded dim"),
 ("pad(x, pads, \"circular\")","F.pad(mode=\"circular\")","CopySlices","index_add of g along each padded dim (negative pads crop first: NarrowBackward0)"),
]: row(cpp, torch, node, d)
sec("In-place ops (Tensor methods; bump the version counter)")
for cpp, node in [("add_, sub_ (tensor, scalar)","AddBackward0 / SubBackward0"),("mul_, div_ (tensor, scalar)","MulBackward0 / DivBackward0"),
 ("pow_, neg_, exp_, log_, sqrt_, sin_, cos_, tanh_, sigmoid_, relu_, abs_","the out-of-place node"),("clamp_","ClampBackward1"),
 ("masked_fill_","MaskedFillBackward0"),("zero_","ZeroBackward0"),("fill_","FillBackward2"),("copy_","CopyBackwards")]:
    row(cpp, "Tensor."+cpp.split(",")[0].split(" ")[0], node, "history moves to the new value; old value saved when needed")
row("any of these on a view (x[0] = ..., v.mul_(2))", "Tensor.__setitem__", "CopySlices", "base: g outside the view; the written value: g inside it")
row("(a view whose base was written since it was made)", "—", "AsStridedBackward0", "g scattered into zeros of the base's shape")
sec("Internal derivative ops (differentiable, so higher orders work)")
for n, d in [("SliceBackwardBackward0","slice of gg"),("SelectBackwardBackward0","select of gg"),("DiagonalBackwardBackward0","diagonal of gg"),("AsStridedScatterBackward0","gg outside / inside the view")]:
    row("(backward of slice / select / diagonal)", "—", n, d)
import sys
out = ["# Ops and their derivatives", "",
 "Every op is defined once under `src/ops/` (forward, node name and derivative together).",
 "`g` is the incoming gradient, `out` the op's result. The engine sums a broadcast",
 "gradient back to its input's shape and casts it to the input's dtype, so formulas",
 "are plain calculus written with differentiable ops: `create_graph=true` gives higher",
 "derivatives for free. `tests/test_ops.cpp` runs gradcheck and gradgradcheck (float64)",
 "on every differentiable op; `tests/ops_doc_check.cmake` fails when an op declared in",
 "`ops.h`/`nn.h` or a node name recorded in `src/ops/` is missing from this page.", "",
 "Forward mode needs no second table: an elementwise op's tangent is its derivative",
 "formula applied to the tangent, any other op's is the transpose of its (linear)",
 "formula, and sum, mean, reshape, transpose, mm and mv have direct rules for speed",
 "(`docs/architecture.md`, Forward mode). `tests/test_ops.cpp` checks forward mode",
 "against reverse mode on every op.", ""]
KIND_TITLES = [("unary", "Elementwise, one input"), ("binary", "Elementwise, two inputs (broadcasting, PyTorch's type promotion)"),
               ("reduction", "Reductions"), ("view", "Views"), ("other", "Indexing, linear algebra, neural-network functions")]
out += ["", "# The op table", "",
        "Each row below is one entry of the op table, made where the op is defined (an elementwise op is one",
        "row of `CT_UNARY_OPS` in `src/ops/elementwise.cpp`). The Python binding, this page, the generic tests",
        "(`tests/test_op_table.cpp`: gradcheck, gradgradcheck, forward vs reverse, batched gradients, trace",
        "replay, batching rule, block kernel, bad inputs; `tests/python/test_op_table.py`: values, node and",
        "gradient against the PyTorch function named here) all come from it. The batching rule is how the",
        "op treats a leading batch dim (`ct::call_batched`); \"block\" marks a contiguous-block kernel."]
for kind, title in KIND_TITLES:
    out += ["", "## " + title, "", "| op | PyTorch | node | derivative | batching | block |", "|---|---|---|---|---|---|"]
    for r in TABLE:
        if r["kind"] == kind:
            out.append("| `%s` | `%s` | %s | %s | %s | %s |" % (r["name"], r["python_call"] or r["torch"], r["node"] or "—",
                       r["derivative"], r["batch_rule"], "block" if r["block_kernel"] else ""))
out += ["", "# Ops not in the table yet", "",
        "These ops are defined the older way (a C++ function that records its node; a hand-written Python",
        "binding); they move into the table one file at a time."]
count = len(TABLE)
for r in R:
    if r[0] == "##":
        out += ["", "## " + r[1], "", "| op | PyTorch | node | derivative |", "|---|---|---|---|"]
    else:
        out.append("| `%s` | `%s` | %s | %s |" % r)
        count += 1
open(sys.argv[1], "w").write("\n".join(out) + "\n")
print(count, "rows")
