"""Errors a user can act on: each names the input (a file, a line of a corpus, a URL) and what was wrong with it.

`iter_inputs` and `read_corpus` yield these instead of raising, so that one bad input never stops a batch.
"""

from __future__ import annotations

import re

_CONTROLS = re.compile(r"[\x00-\x1f\x7f\u2028\u2029]")


def one_line(text: str) -> str:
    """`text` on one line: control characters (a newline in a file name or a parser's message) shown escaped."""
    return _CONTROLS.sub(lambda m: repr(m.group())[1:-1], text)


class InputError(Exception):
    """An input could not be read. `input` names it (a path, `path:line`, or a URL)."""

    def __init__(self, input: str, problem: str) -> None:
        super().__init__(f"{one_line(input)}: {one_line(problem)}")
        self.input = input
        self.problem = problem

    def __reduce__(self):  # keep it picklable for multiprocessing / Dask workers
        return (type(self), (self.input, self.problem))


class NoReports(InputError):
    """Not a failure: an input that holds no report at all (an empty file, blank lines only, a CSV header with no row,
    a Parquet file with no row). A scheduled job over a quiet day's empty dump must not be flagged as failing, so the
    commands say `notice` and exit 0 when nothing else failed; a consumer that counts every InputError as a failure
    still sees it named."""

    @property
    def notice(self) -> str:
        """How the commands say it: `no reports in <input> (<why>)`."""
        return one_line(f"no reports in {self.input} ({self.problem})")


class FetchError(InputError):
    """A URL could not be fetched safely. `status` holds the HTTP status when the server answered, `retry_after`
    the wait its Retry-After header asked for."""

    def __init__(self, url: str, problem: str, status: int | None = None, retry_after: float | None = None) -> None:
        super().__init__(url, problem)
        self.status = status
        self.retry_after = retry_after  # seconds the server asked us to wait (Retry-After), if it did

    @property
    def url(self) -> str:
        return self.input

    def __reduce__(self):
        return (type(self), (self.input, self.problem, self.status, self.retry_after))
