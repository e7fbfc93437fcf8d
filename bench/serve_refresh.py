"""Seconds from saving a record to the live preview serving the change.

Usage: python bench/serve_refresh.py PROJECT PORT
(make PROJECT with ``bench.synth.make_project(Path(PROJECT), 1000)``).
Also checks that a broken record is reported and the server keeps running.
"""

from __future__ import annotations

import re
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path


def get(port: str, path: str) -> str:
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=5) as response:
            return str(response.read().decode())
    except OSError:
        return ""


def main(root: Path, port: str) -> None:
    log = Path("/tmp/briefings-serve.log")
    with log.open("w") as err:
        proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "generator",
                "--root",
                str(root),
                "serve",
                "--dev-addr",
                f"127.0.0.1:{port}",
            ],
            stdout=subprocess.DEVNULL,
            stderr=err,
        )
        start = time.monotonic()
        while "Briefings" not in get(port, "/"):
            time.sleep(0.2)
            if time.monotonic() - start > 600:
                sys.exit("the preview never started")
        print(f"first build served after {time.monotonic() - start:.1f}s")
        time.sleep(2)
        record = sorted((root / "briefings").glob("*.yaml"))[10]
        seconds = []
        for n in range(3):
            marker = f"Edited{n}x"
            text = re.sub(
                r"^title: (Edited\dx )?",
                f"title: {marker} ",
                record.read_text(),
                count=1,
                flags=re.M,
            )
            saved = time.monotonic()
            record.write_text(text)
            while marker not in get(port, f"/briefings/{record.stem}/"):
                time.sleep(0.05)
                if time.monotonic() - saved > 120:
                    break
            seconds.append(round(time.monotonic() - saved, 2))
            time.sleep(3)
        print("refresh seconds:", seconds)
        good = record.read_text()
        record.write_text(good + "bad: [\n")
        time.sleep(6)
        print(
            "alive after broken record:",
            proc.poll() is None,
            "| error logged:",
            "syntax error" in log.read_text(),
        )
        record.write_text(good)
        proc.send_signal(signal.SIGINT)
        proc.wait(90)


if __name__ == "__main__":
    main(Path(sys.argv[1]), sys.argv[2])
