"""eventledger: a ledger of armed-conflict incidents, every figure traced to who claimed it."""

import os

# The sentence encoder multiplies small matrices; BLAS threads only spin on them (ingest was 2.5x cheaper in CPU time
# with one thread on a busy machine). Set before numpy loads, unless the user chose otherwise; `similarity` also
# limits the pool at run time for programs that loaded numpy first.
for _name in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_name, "1")

__version__ = "0.1.0"
