"""The campaign sockets fuzzed with Hypothesis (issue 13): a reviewer holding a lease sends generated frames.

Arbitrary JSON values, well-shaped messages of every type the judging queue takes with wrong-typed, huge, negative
and unicode field values, unknown types, text that is not JSON, binary, deeply nested and oversized frames. For
each frame: nothing raises out of the consumer and nothing is logged at ERROR or with a traceback; every reply is
strict JSON in one of the shapes docs/realtime.md documents (the socket is never closed: the reviewer stays a
member); a refused frame writes nothing; a stored judgement or ranking is for the reviewer's own leased task.
A valid judgement sent twice is stored once. Frames per run and the figures: docs/security.md, "WebSocket fuzzing".
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections import Counter
from collections.abc import Callable, Coroutine, Iterator
from contextlib import contextmanager
from datetime import timedelta
from typing import Any

import pytest
from channels.testing import WebsocketCommunicator
from django.utils import timezone
from hypothesis import HealthCheck, given, note, settings
from hypothesis import strategies as st
from rest_framework.authtoken.models import Token

from labeling.consumers import CampaignEventsConsumer
from labeling.models import GuidelineVersion, Membership
from preferences.consumers import JudgingConsumer
from preferences.models import Candidate, ComparisonTask, Judgement, Ranking, RankingTask
from preferences.services.comparisons import comparison_submit, comparisons_create_for_item
from preferences.services.queue import judging_lease_next
from preferences.services.rankings import ranking_submit
from tests.factories import CampaignFactory, ItemFactory, MembershipFactory
from tuneloop.asgi import application
from tuneloop.realtime import CampaignSocket

pytestmark = pytest.mark.django_db(transaction=True)

ORIGIN = (b"origin", b"http://127.0.0.1:8000")
WAIT = 10  # replies take milliseconds; a loaded CI machine has taken over a second
CAP = CampaignSocket.MAX_FRAME_BYTES
CRITERIA = ["Names the cause", "Keeps the format"]
TEMPLATE = ["Claim Type", "Cause"]
TEXTS = ("Claim Type: Theft\nCause: Unknown", "Claim Type: Fire\nCause: Pan", "Claim Type: Flood\nCause: Pipe")
MISSING = 999_999_999
FUZZ = settings(
    max_examples=150,
    deadline=None,
    derandomize=True,  # the same frames every run; a failure still shrinks to its smallest frame
    database=None,
    suppress_health_check=[
        HealthCheck.function_scoped_fixture,
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
        HealthCheck.large_base_example,
    ],
)
SENT: Counter[str] = Counter()  # frames the fuzz sent and replies by type (printed with -s; docs/security.md)


# --- The world: a pair campaign and a ranking campaign the reviewer judges in, and two she is no member of.


def _campaign(*, ranking: bool, items: int = 1, member: Any = None) -> Any:
    campaign = CampaignFactory(output_fields=TEMPLATE, ranking_k=3 if ranking else 0)
    spec = {"acceptance_criteria": CRITERIA, "output_format": {"kind": "template", "fields": TEMPLATE}}
    GuidelineVersion.objects.create(campaign=campaign, version=1, spec=spec, created_by=campaign.created_by)
    for _ in range(items):
        item = ItemFactory(campaign=campaign)
        for text in TEXTS[: 3 if ranking else 2]:
            Candidate.objects.create(item=item, source=Candidate.Source.IMPORT, text=text)
        comparisons_create_for_item(item=item)
    if member is not None:
        Membership.objects.create(campaign=campaign, user=member, role=Membership.Role.REVIEWER)
    return campaign


def _world() -> dict[str, Any]:
    """The reviewer's campaigns (one task each: a stored message leaves her queue empty until `_reset`), and her
    own work in two campaigns she no longer belongs to: a leased task, a judgement, a ranking."""
    pairs = _campaign(ranking=False)
    ann = MembershipFactory(campaign=pairs, role=Membership.Role.REVIEWER).user
    ranks = _campaign(ranking=True, member=ann)
    away_pairs, away_ranks = _campaign(ranking=False, items=2), _campaign(ranking=True, items=2)
    judged = judging_lease_next(campaign=away_pairs, user=ann)
    judgement, _ = comparison_submit(campaign=away_pairs, task_id=judged.id, user=ann, choice="a", idempotency_key="j")
    ranked = judging_lease_next(campaign=away_ranks, user=ann)
    ranking, _ = ranking_submit(campaign=away_ranks, task_id=ranked.id, user=ann, order=[1, 2, 3], idempotency_key="r")
    foreign = {
        "task": [
            judging_lease_next(campaign=away_pairs, user=ann).id,
            judging_lease_next(campaign=away_ranks, user=ann).id,
        ],
        "judgement": [judgement.id],
        "ranking": [ranking.id],
    }
    return {
        "user": ann,
        "token": Token.objects.create(user=ann).key,
        "pairs": pairs,
        "ranks": ranks,
        "foreign": foreign,
    }


def _snapshot() -> tuple:
    """What a frame could write: rows of every kind it touches, and every task's state and lease."""
    tasks = [
        list(model.objects.order_by("id").values_list("id", "status", "leased_to_id", "lease_expires_at"))
        for model in (ComparisonTask, RankingTask)
    ]
    counts = [model.objects.count() for model in (Judgement, Ranking, Candidate)]
    return (*counts, *tasks)


def _reset(world: dict[str, Any]) -> None:
    """Take back what a valid message stored, and lease the reviewer's task to her again."""
    mine = [world["pairs"].id, world["ranks"].id]
    Ranking.objects.filter(task__item__campaign_id__in=mine).delete()  # with its pairs and their judgements
    Judgement.objects.filter(task__item__campaign_id__in=mine).delete()
    expires = timezone.now() + timedelta(hours=1)
    for model in (ComparisonTask, RankingTask):
        model.objects.filter(item__campaign_id__in=mine).update(
            status="open", leased_to=world["user"], lease_expires_at=expires
        )


# --- A socket driven from synchronous code (Hypothesis calls the test body once per example).


class Socket:
    """A WebsocketCommunicator driven from synchronous code on `loop`, so that one connection serves every example.
    The sockets of a test share one loop: the Redis channel layer receives on one event loop at a time."""

    def __init__(self, loop: asyncio.AbstractEventLoop, path: str, token: str) -> None:
        self.loop = loop
        headers = [ORIGIN, (b"authorization", f"Token {token}".encode())]
        self.ws = self.run(self._make(path, headers))
        connected, code = self.run(self.ws.connect(timeout=WAIT))
        assert connected, code

    @staticmethod
    async def _make(path: str, headers: list) -> WebsocketCommunicator:
        return WebsocketCommunicator(application, path, headers=headers)

    def run(self, coroutine: Coroutine) -> Any:
        return self.loop.run_until_complete(coroutine)

    def send(self, frame: str | bytes) -> None:
        SENT["frames"] += 1
        # As the ASGI server hands a frame over (send_to refuses an empty one, which a client may still send).
        key = "bytes" if isinstance(frame, bytes) else "text"
        self.run(self.ws.send_input({"type": "websocket.receive", key: frame}))

    def receive(self) -> dict[str, Any]:
        """The next reply, read as a strict JSON client (a browser's JSON.parse) would: no NaN, no Infinity."""
        output = self.run(self.ws.receive_output(timeout=WAIT))
        assert output["type"] == "websocket.send", f"the socket closed: {output}"
        assert output.get("text") is not None, f"a binary reply: {output}"
        reply = json.loads(output["text"], parse_constant=_not_json)
        SENT[f"reply {reply.get('type')}"] += 1
        return reply

    def nothing_more(self) -> bool:
        return self.run(self.ws.receive_nothing(timeout=0.2))

    def close(self) -> None:
        self.run(self.ws.disconnect())


@contextmanager
def _sockets(token: str, *paths: str) -> Iterator[list[Socket]]:
    """Connected sockets on one event loop; every one is disconnected at the end, also when the test failed."""
    loop, opened = asyncio.new_event_loop(), []
    try:
        for path in paths:
            opened.append(Socket(loop, path, token))
        yield opened
    finally:
        try:
            for socket in opened:
                socket.close()
        finally:
            loop.run_until_complete(loop.shutdown_default_executor())
            loop.close()


def _not_json(token: str) -> None:
    raise AssertionError(f"a reply holds {token}, which is not JSON")


@pytest.fixture(scope="module", autouse=True)
def _frames_sent() -> Iterator[None]:
    """Prints how many frames the module sent (seen with -s): the figure docs/security.md quotes."""
    yield
    print(f"\nWebSocket fuzz: {dict(sorted(SENT.items()))}")


@pytest.fixture
def world() -> dict[str, Any]:  # this module's own world (tests/worlds.py has no ranking campaign)
    return _world()


@pytest.fixture
def judging(world: dict[str, Any], monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[Socket, Socket, dict]]:
    """The reviewer's judging sockets, pairs and ranks, each with her leased task pushed on connecting."""
    # The rate limit has its own test; here every frame must reach the handlers.
    monkeypatch.setattr(CampaignSocket, "MESSAGE_BURST", 10**9)
    paths = [f"/ws/campaigns/{campaign.id}/review/" for campaign in (world["pairs"], world["ranks"])]
    with _sockets(world["token"], *paths) as (pairs, ranks):
        for socket in (pairs, ranks):
            pushed = socket.receive()
            assert pushed["type"] == "task", pushed
            world.setdefault("own", []).append(pushed["task"]["id"])
        yield pairs, ranks, world


# --- What a reply may be (docs/realtime.md, "The judging queue").

INT, BOOL, DICT, STR = int, bool, dict, str
SHAPES: dict[str, tuple[dict[str, type], set[str]]] = {
    "error": ({"detail": STR}, {"field", "task", "judgement", "ranking", "errors"}),
    "task": ({"task": DICT}, set()),
    "queue.empty": ({}, set()),
    "judgement.stored": ({"task": INT, "judgement": INT, "duplicate": BOOL}, set()),
    "ranking.stored": ({"task": INT, "ranking": INT, "duplicate": BOOL}, set()),
    "judgement.undone": ({"judgement": INT, "task": DICT}, set()),
    "ranking.undone": ({"ranking": INT, "task": DICT}, set()),
}


def _check_shape(reply: dict[str, Any]) -> None:
    assert isinstance(reply, dict) and reply.get("type") in SHAPES, f"undocumented reply: {reply!r:.300}"
    required, optional = SHAPES[reply["type"]]
    assert set(required) <= set(reply) <= {"type", *required, *optional}, f"undocumented fields: {reply!r:.300}"
    for name, kind in required.items():
        assert isinstance(reply[name], kind), f"{name} is not a {kind.__name__}: {reply!r:.300}"
    if reply["type"] == "error":
        assert reply["detail"], reply
        assert isinstance(reply.get("field", ""), str) and isinstance(reply.get("errors", {}), dict), reply


def _no_errors_logged(caplog: pytest.LogCaptureFixture) -> None:
    bad = [r for r in caplog.records if r.levelno >= logging.ERROR or r.exc_info]
    caplog.clear()
    assert not bad, [f"{r.name}: {r.getMessage()[:300]}" for r in bad]


# --- Frames.

SURROGATE = st.characters(categories=["Cs"])  # lone surrogates: JSON escapes can carry them (\ud800)
TEXT = st.text(max_size=30) | st.text(st.characters() | SURROGATE, max_size=10)
HUGE = st.builds(
    lambda c, n: c * n, st.sampled_from(["x", "é", "\U0001f600", "\x00"]), st.sampled_from([101, 5001, 20001, CAP])
)
NUMBERS = (
    st.integers()
    | st.sampled_from([0, -1, 2**31, 2**63 - 1, 2**63, -(2**63), 10**30, 10**4000])
    | st.floats(allow_nan=True, allow_infinity=True)
)
SCALARS = st.none() | st.booleans() | NUMBERS | TEXT
FIELDS = [
    "type",
    "task",
    "choice",
    "idempotency_key",
    "rationale",
    "criteria",
    "rewrite",
    "order",
    "all_bad",
    "judgement",
    "ranking",
]
JSON = st.recursive(
    SCALARS,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.sampled_from(FIELDS) | TEXT, inner, max_size=4),
    max_leaves=10,
)
TYPES = st.sampled_from(["judgement", "ranking", "undo", "Judgement", "", "task", "ping"]) | JSON


def _frame(value: Any) -> str:
    return json.dumps(value)  # NaN and Infinity as JS tokens, surrogates as \ud800 escapes: what json.loads reads


def _messages(world: dict[str, Any]) -> st.SearchStrategy[dict]:
    """Messages of every type the judging queue takes, each field valid, wrong-typed, huge, negative or unicode."""
    own, foreign = world["own"], world["foreign"]
    task_ids = st.sampled_from([*own, *foreign["task"], MISSING]) | st.sampled_from(own).map(str) | NUMBERS | JSON
    judgement_ids = st.sampled_from([*foreign["judgement"], MISSING]) | NUMBERS | JSON
    ranking_ids = st.sampled_from([*foreign["ranking"], MISSING]) | NUMBERS | JSON
    odd = st.text(st.characters() | SURROGATE, min_size=1, max_size=6)
    key = st.text(min_size=1, max_size=12) | odd | HUGE | JSON
    free_text = st.just("") | st.text(max_size=40) | odd | st.sampled_from(TEXTS) | HUGE | JSON
    criteria = st.dictionaries(st.sampled_from(CRITERIA) | TEXT, st.sampled_from(["a", "b", "tie"]) | JSON, max_size=3)
    choice = st.sampled_from(["a", "b", "tie", "both_bad"]) | TEXT | JSON
    order = st.permutations([1, 2, 3]) | st.lists(st.integers(-3, 5) | JSON, max_size=5) | JSON
    extra = st.dictionaries(TEXT, JSON, max_size=2)

    def message(kind: str, required: dict, optional: dict) -> st.SearchStrategy[dict]:
        body = st.fixed_dictionaries({"type": st.just(kind), **required}, optional=optional)
        return st.builds(lambda b, e: {**e, **b}, body, extra)

    return st.one_of(
        message(
            "judgement",
            {"task": task_ids, "choice": choice, "idempotency_key": key},
            {"rationale": free_text, "criteria": criteria | JSON, "rewrite": free_text},
        ),
        message(
            "ranking",
            {"task": task_ids, "order": order, "idempotency_key": key},
            {"rationale": free_text, "all_bad": st.booleans() | JSON, "rewrite": free_text},
        ),
        message("undo", {"judgement": judgement_ids}, {}),
        message("undo", {"ranking": ranking_ids}, {"judgement": judgement_ids}),
        message("undo", {}, {}),
    )


def _nested(opening: str, closing: str) -> st.SearchStrategy[str]:
    depths = st.integers(1, 3000) | st.sampled_from([31, 32, 33, 64, 500, 900, 990, 1000, 30_000])
    return depths.map(lambda n: opening * n + closing * n)


RAW = st.one_of(
    st.text(max_size=80),  # mostly not JSON
    st.binary(max_size=80),
    st.sampled_from(["", " ", "{", '{"type": "judgement"', "NaN", "null", "[]", "{}", '"undo"', "1e400", "\x00"]),
    _nested("[", "]"),
    _nested('{"type": "judgement", "task": [', "]}"),  # nested where a field is echoed back
    _nested('{"type": "undo", "judgement": {"a": ', "}}"),
    st.builds(lambda n: '{"type": "judgement", "task": 1e' + str(n) + "}", st.integers(300, 5000)),  # inf
    st.integers(CAP - 40, CAP + 40).map(lambda n: json.dumps({"type": "ping", "pad": "x" * n})),  # around the cap
    st.integers(CAP - 4, CAP + 4).map(lambda n: b"\x00" * n),
)


def _exchange(socket: Socket, frame: str | bytes, sentinel: int) -> list[dict[str, Any]]:
    """Send the frame, then a marker that a refusal echoes; return every reply that came before the marker's."""
    socket.send(frame)
    socket.send(_frame({"type": "undo", "judgement": sentinel}))
    replies = []
    while True:
        reply = socket.receive()
        _check_shape(reply)
        if reply.get("judgement") == sentinel and reply["type"] == "error":
            return replies
        replies.append(reply)


def _check_exchange(world: dict[str, Any], socket: Socket, frame: str | bytes, sentinel: int) -> None:
    """The properties of one frame: documented replies only; a refusal writes nothing; a stored message was for the
    reviewer's own task, once."""
    before = _snapshot()
    replies = _exchange(socket, frame, sentinel)
    assert replies, "a frame got no answer"
    stored = [r for r in replies if r["type"] in ("judgement.stored", "ranking.stored")]
    if not stored:
        assert _snapshot() == before, f"a refused frame changed the database: {replies!r:.500}"
        return
    assert len(stored) == 1 and stored[0]["task"] in world["own"], replies
    assert not stored[0]["duplicate"], replies
    assert replies[-1]["type"] in ("task", "queue.empty"), replies  # the next task follows at once
    if stored[0]["type"] == "judgement.stored":
        assert Judgement.objects.filter(id=stored[0]["judgement"], task_id=stored[0]["task"]).exists()
    else:
        assert Ranking.objects.filter(id=stored[0]["ranking"], task_id=stored[0]["task"]).exists()
    _reset(world)


def _fuzz(
    caplog: pytest.LogCaptureFixture,
    judging: tuple[Socket, Socket, dict],
    frames: st.SearchStrategy,
    examples: int = 150,
) -> Callable[[], None]:
    pairs, ranks, world = judging
    caplog.set_level(logging.INFO)
    counter = iter(range(10**12, 10**13))

    @settings(FUZZ, max_examples=examples)
    @given(frame=frames, on_ranks=st.booleans())
    def check(frame: str | bytes, on_ranks: bool) -> None:
        note(f"frame ({len(frame)} long): {frame[:300]!r}")
        _check_exchange(world, ranks if on_ranks else pairs, frame, next(counter))
        _no_errors_logged(caplog)

    return check


def test_arbitrary_json_values(caplog: pytest.LogCaptureFixture, judging: tuple[Socket, Socket, dict]) -> None:
    values = JSON | st.fixed_dictionaries({"type": TYPES}, optional=dict.fromkeys(FIELDS[1:], JSON))
    _fuzz(caplog, judging, values.map(_frame))()


def test_well_shaped_messages_with_wild_fields(
    caplog: pytest.LogCaptureFixture, judging: tuple[Socket, Socket, dict]
) -> None:
    frames = _messages(judging[2]).map(_frame)
    _fuzz(caplog, judging, frames, examples=200)()


def test_raw_frames_not_json_binary_nested_and_oversized(
    caplog: pytest.LogCaptureFixture, judging: tuple[Socket, Socket, dict]
) -> None:
    _fuzz(caplog, judging, RAW)()


def test_a_valid_judgement_sent_twice_is_stored_once(
    caplog: pytest.LogCaptureFixture, judging: tuple[Socket, Socket, dict]
) -> None:
    pairs, _, world = judging
    caplog.set_level(logging.INFO)
    readable = st.text(st.characters(exclude_categories=["Cs", "Cc"]), max_size=60)
    key = readable.filter(lambda k: k.strip() and len(k.strip()) <= 100)

    @settings(FUZZ, max_examples=30)
    @given(
        choice=st.sampled_from(["a", "b", "tie", "both_bad"]),
        key=key,
        rationale=readable,
        criteria=st.dictionaries(st.sampled_from(CRITERIA), st.sampled_from(["a", "b", "tie"])),
    )
    def check(choice: str, key: str, rationale: str, criteria: dict) -> None:
        task = world["own"][0]
        message = {"type": "judgement", "task": task, "choice": choice, "idempotency_key": key}
        message |= {"rationale": rationale, "criteria": criteria}
        before = Judgement.objects.count()
        replies = []
        for _ in range(2):
            pairs.send(_frame(message))
            replies.append(pairs.receive())
            follow = pairs.receive()
            _check_shape(follow)
            assert follow["type"] == "queue.empty", follow  # her one task is judged
        for reply in replies:
            _check_shape(reply)
        assert [r["type"] for r in replies] == ["judgement.stored"] * 2, replies
        assert [r["duplicate"] for r in replies] == [False, True] and replies[0]["judgement"] == replies[1]["judgement"]
        assert Judgement.objects.count() == before + 1
        stored = Judgement.objects.get(id=replies[0]["judgement"])
        assert (stored.task_id, stored.choice, stored.criteria) == (task, choice, criteria)
        _no_errors_logged(caplog)
        _reset(world)

    check()


def test_the_events_socket_answers_every_frame_with_an_error(
    caplog: pytest.LogCaptureFixture, world: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(CampaignSocket, "MESSAGE_BURST", 10**9)
    caplog.set_level(logging.INFO)
    frames = RAW | JSON.map(_frame) | _messages({**world, "own": [1]}).map(_frame)
    with _sockets(world["token"], f"/ws/campaigns/{world['pairs'].id}/events/") as (socket,):

        @settings(FUZZ, max_examples=100)
        @given(frame=frames)
        def check(frame: str | bytes) -> None:
            note(f"frame ({len(frame)} long): {frame[:300]!r}")
            before = _snapshot()
            socket.send(frame)
            reply = socket.receive()
            _check_shape(reply)
            assert reply["type"] == "error" and set(reply) <= {"type", "detail", "field"}, reply
            assert _snapshot() == before
            _no_errors_logged(caplog)

        check()
        assert socket.nothing_more()
    assert CampaignEventsConsumer.MAX_FRAME_BYTES == JudgingConsumer.MAX_FRAME_BYTES == CAP


def test_a_number_that_json_cannot_carry_is_refused_not_echoed_as_infinity(
    caplog: pytest.LogCaptureFixture, judging: tuple[Socket, Socket, dict]
) -> None:
    """Found by the fuzz: `1e400` (or Python's NaN / Infinity tokens) in a field that an error echoes back was
    answered with `"task": Infinity`, which no JSON parser reads: the client could not read why it was refused.
    Such a frame is now refused as malformed, as JSON has no such number."""
    pairs, _, world = judging
    own = world["own"][0]
    for frame in (
        '{"type": "judgement", "task": 1e400, "choice": "a", "idempotency_key": "k"}',
        '{"type": "judgement", "task": NaN, "choice": "a", "idempotency_key": "k"}',
        '{"type": "undo", "judgement": -Infinity}',
        '{"type": "ranking", "task": 1, "order": [1e999], "idempotency_key": "k"}',
    ):
        pairs.send(frame)
        assert pairs.receive() == {"type": "error", "detail": "Malformed message: it is not JSON."}, frame
    pairs.send(_frame({"type": "judgement", "task": own, "choice": "a", "idempotency_key": "k", "rationale": 1e300}))
    assert pairs.receive()["type"] == "judgement.stored"  # a finite number is still read
    _no_errors_logged(caplog)
