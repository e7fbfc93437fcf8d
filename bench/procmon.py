"""Run a command and measure wall time and peak memory of it and all its children.

Two memory figures: ``max_rss_mb``, the kernel's high-water mark of the
largest single process in the tree (``wait4`` rusage: the child itself and
every descendant it reaped), and ``tree_rss_mb``, the largest sum of the RSS
of all live processes of the tree, sampled from /proc every ``interval``
seconds (catches a parent and a child holding memory at the same time).
"""

from __future__ import annotations

import contextlib
import os
import subprocess
import threading
import time
from dataclasses import dataclass
from pathlib import Path

_PAGE = os.sysconf("SC_PAGE_SIZE")


@dataclass
class Measured:
    command: list[str]
    seconds: float
    #: user + system CPU of the process and every descendant it waited for
    cpu_seconds: float
    max_rss_mb: float
    tree_rss_mb: float
    returncode: int
    timed_out: bool
    stdout: str
    stderr: str

    @property
    def ok(self) -> bool:
        return self.returncode == 0 and not self.timed_out


def _children() -> dict[int, list[int]]:
    tree: dict[int, list[int]] = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            stat = Path(entry.path, "stat").read_text()
        except OSError:
            continue
        # The command name may hold spaces and parentheses: split after the last ')'.
        fields = stat[stat.rfind(")") + 2 :].split()
        tree.setdefault(int(fields[1]), []).append(int(entry.name))
    return tree


def _kids(pid: int, tree: dict[int, list[int]] | None) -> list[int]:
    if tree is not None:
        return tree.get(pid, [])
    kids: list[int] = []
    with contextlib.suppress(OSError):
        for task in os.scandir(f"/proc/{pid}/task"):
            with contextlib.suppress(OSError):
                kids.extend(int(k) for k in Path(task.path, "children").read_text().split())
    return kids


_HAS_CHILDREN_FILES = Path(f"/proc/{os.getpid()}/task/{os.getpid()}/children").exists()


def tree_rss(pid: int) -> int:
    """Bytes of RSS of ``pid`` and every live descendant."""
    # /proc/PID/task/TID/children is cheap; scanning all of /proc is the fallback.
    tree = None if _HAS_CHILDREN_FILES else _children()
    total, todo = 0, [pid]
    while todo:
        current = todo.pop()
        with contextlib.suppress(OSError, IndexError, ValueError):
            total += int(Path(f"/proc/{current}/statm").read_text().split()[1]) * _PAGE
        todo.extend(_kids(current, tree))
    return total


def measure(
    command: list[str],
    *,
    cwd: Path | None = None,
    env: dict[str, str] | None = None,
    timeout: float = 1800.0,
    interval: float = 0.1,
) -> Measured:
    """Run ``command`` to the end (or ``timeout``), sampling its memory."""
    out_path = Path(f"/tmp/bench-procmon-{os.getpid()}.out")
    err_path = Path(f"/tmp/bench-procmon-{os.getpid()}.err")
    peak = 0
    done = threading.Event()
    with out_path.open("wb") as out, err_path.open("wb") as err:
        started = time.perf_counter()
        proc = subprocess.Popen(
            command, cwd=cwd, env=env, stdout=out, stderr=err, start_new_session=True
        )

        def sample() -> None:
            nonlocal peak
            while not done.is_set():
                peak = max(peak, tree_rss(proc.pid))
                done.wait(interval)

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        timed_out = False
        deadline = started + timeout
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            if time.perf_counter() > deadline:
                timed_out = True
                os.killpg(proc.pid, 9)
                _, status, usage = os.wait4(proc.pid, 0)
                break
            time.sleep(0.05)
        seconds = time.perf_counter() - started
        done.set()
        sampler.join()
    proc.returncode = os.waitstatus_to_exitcode(status)
    result = Measured(
        command=command,
        seconds=seconds,
        cpu_seconds=usage.ru_utime + usage.ru_stime,
        max_rss_mb=usage.ru_maxrss / 1024,
        tree_rss_mb=peak / 2**20,
        returncode=proc.returncode,
        timed_out=timed_out,
        stdout=out_path.read_text("utf-8", "replace"),
        stderr=err_path.read_text("utf-8", "replace"),
    )
    out_path.unlink()
    err_path.unlink()
    return result
