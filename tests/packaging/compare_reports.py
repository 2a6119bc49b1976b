"""Two JSON reports of the same audit are the same report, paths aside.

Usage: compare_reports.py LINUX.json WINDOWS.json

The Windows build writes catalogue paths with backslashes (catalog\\x.yaml);
those are turned into slashes, and nothing else is forgiven: same keys in
the same order, same values. Exit 0 when identical, 1 with the first
differences otherwise.
"""
import difflib
import json
import sys


def normalise(value):
    if isinstance(value, dict):
        return {key: normalise(v) for key, v in value.items()}
    if isinstance(value, list):
        return [normalise(v) for v in value]
    if isinstance(value, str) and value.startswith("catalog\\"):
        return value.replace("\\", "/")
    return value


def canonical(path):
    with open(path, encoding="utf-8") as handle:
        report = json.load(handle)
    return json.dumps(normalise(report), ensure_ascii=False, indent=1).splitlines()


def main():
    linux, windows = canonical(sys.argv[1]), canonical(sys.argv[2])
    if linux == windows:
        print(f"compare_reports: identical ({len(linux)} lines)")
        return 0
    diff = list(difflib.unified_diff(linux, windows, "linux", "windows", lineterm=""))
    print("\n".join(diff[:80]), file=sys.stderr)
    print(f"compare_reports: the reports differ ({len(diff)} diff lines)", file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main())
