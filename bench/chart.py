"""bench/throughput.png: req/s against requests in flight, one line per client, drawn from
the load scenario's own results (bench/results.json). `python bench/chart.py` redraws it."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent

# A colour per HTTP stack; the SDK's lines are solid, raw clients' dashed.
COLOURS = {"aiohttp": "#2a9d3f", "httpcore2": "#e07b00", "httpx2": "#8a3ffc", "httpx": "#1f5fbf"}


def _style(name: str) -> dict[str, Any]:
    stack = next(stack for stack in COLOURS if stack in name)
    style: dict[str, Any] = {"color": COLOURS[stack], "marker": "o", "linewidth": 2}
    if name.startswith("raw"):
        style |= {"linestyle": "--", "marker": "s", "linewidth": 1.5}
    if "SDK limits" in name:
        style |= {"color": "#7f9fd0", "linestyle": ":"}
    return style


def draw(load: dict[str, Any], path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    import matplotlib.ticker

    figure, axes = plt.subplots(1, 2, figsize=(13, 5.5), sharey=True)
    for ax, (kind, title) in zip(
        axes, (("warm", "warm pools"), ("cold", "cold pools (new client)")), strict=True
    ):
        for name, by_level in load[kind].items():
            levels = sorted(int(level) for level in by_level)
            ax.plot(
                levels,
                [by_level[str(level)]["rps"] for level in levels],
                label=name,
                **_style(name),
            )
        ax.set_xscale("log")
        ax.set_xticks(levels, [str(level) for level in levels])
        ax.minorticks_off()
        ax.set_xlabel("requests in flight")
        ax.set_title(f"GET one order (~4 KB), {title}")
        ax.set_yscale("log")
        ax.yaxis.set_major_locator(matplotlib.ticker.LogLocator(base=10, subs=(1.0, 2.0, 5.0)))
        ax.yaxis.set_major_formatter(matplotlib.ticker.FuncFormatter(lambda y, _: f"{y:,.0f}"))
        ax.yaxis.set_minor_formatter(matplotlib.ticker.NullFormatter())
        ax.grid(True, which="both", alpha=0.3)
    axes[0].set_ylabel("requests per second (log scale)")
    handles, labels = axes[0].get_legend_handles_labels()
    figure.legend(handles, labels, loc="lower center", ncol=4, frameon=False, fontsize=9)
    figure.suptitle("simvoly SDK (solid lines) vs raw HTTP clients (dashed), make bench")
    figure.tight_layout(rect=(0, 0.12, 1, 1))
    figure.savefig(path, dpi=100)
    plt.close(figure)


if __name__ == "__main__":
    source = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "results.json"
    draw(json.loads(source.read_text())["load"], source.with_name("throughput.png"))
