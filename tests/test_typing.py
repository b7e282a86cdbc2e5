"""The type checker's blind spots stay few and each says why (issue 13).

mypy runs in the test command (scripts/test, configured in pyproject.toml). What it is
told not to look at escapes it: a `# type: ignore` hides an error, and a parameter typed
`object` where a real type belongs hides every misuse of it. So each of those left in
the five packages carries its reason on the same line, for the next reader to judge.
"""

from __future__ import annotations

import ast
import io
import re
import tokenize
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("kiosk", "printout", "assets", "backend", "testbed")

# `# type: ignore[code]  # why`: the error it hides, then the reason in a comment of its own.
_JUSTIFIED_IGNORE = re.compile(r"#\s*type:\s*ignore\[[a-z-]+(,\s*[a-z-]+)*\]\s+#\s*\S.{8,}")


def _sources() -> Iterator[tuple[Path, str]]:
    for package in PACKAGES:
        for path in sorted((ROOT / package).rglob("*.py")):
            yield path, path.read_text()


def _comments(source: str) -> dict[int, str]:
    """Line number -> the comment on it (strings that look like comments are not comments)."""
    return {token.start[0]: token.line[token.start[1]:].rstrip()
            for token in tokenize.generate_tokens(io.StringIO(source).readline)
            if token.type == tokenize.COMMENT}


def _annotations(tree: ast.AST) -> Iterator[ast.expr]:
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            arguments = node.args
            for argument in (*arguments.posonlyargs, *arguments.args, *arguments.kwonlyargs,
                             arguments.vararg, arguments.kwarg):
                if argument is not None and argument.annotation is not None:
                    yield argument.annotation
            if node.returns is not None:
                yield node.returns
        elif isinstance(node, ast.AnnAssign):
            yield node.annotation


def test_every_type_ignore_names_its_error_and_says_why() -> None:
    unexplained = [
        f"{path.relative_to(ROOT)}:{line}: {comment}"
        for path, source in _sources()
        for line, comment in _comments(source).items()
        if re.search(r"type:\s*ignore", comment) and not _JUSTIFIED_IGNORE.search(comment)
    ]
    assert unexplained == []


def test_every_object_annotation_says_why() -> None:
    """`object` is right for "any value at all" (an ignored result, a Qt model's data), never for
    "a type I could not import": that one belongs under `if TYPE_CHECKING:`."""
    unexplained = []
    for path, source in _sources():
        comments = _comments(source)
        for annotation in _annotations(ast.parse(source, str(path))):
            names_object = any(isinstance(node, ast.Name) and node.id == "object" for node in ast.walk(annotation))
            if names_object and annotation.lineno not in comments:
                unexplained.append(f"{path.relative_to(ROOT)}:{annotation.lineno}: {ast.unparse(annotation)}")
    assert unexplained == []
