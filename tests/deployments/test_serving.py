"""The built-in model server on the tiny model: batching, token counts, stop rules, the OpenAI HTTP API, backends."""

from __future__ import annotations

import threading
from types import SimpleNamespace

import httpx
import pytest
import torch

from deployments.serving import __main__ as cli
from deployments.serving.backends import HttpBackend, InProcessBackend, clear_engines, engine_for
from deployments.serving.batching import DynamicBatcher
from deployments.serving.server import start_in_thread
from deployments.serving.types import BackendError, ChatRequest
from labeling.demo_data import demo_records
from training.ml.generate import load_for_generation

KEY = "test-key"
NAME = "tiny"


@pytest.fixture(scope="module", autouse=True)
def one_torch_thread():
    """The tiny model's matrices are small: one thread is as fast and does not stall a shared CPU."""
    threads = torch.get_num_threads()
    torch.set_num_threads(1)
    yield
    torch.set_num_threads(threads)


@pytest.fixture(scope="module")
def loaded(tiny_model_path):
    return load_for_generation(str(tiny_model_path))


@pytest.fixture
def make_batcher(loaded):
    made: list[DynamicBatcher] = []

    def make(model=None, **options) -> DynamicBatcher:
        made.append(DynamicBatcher(model or loaded[0], loaded[1], name=NAME, **options))
        return made[-1]

    yield make
    for batcher in made:
        batcher.close()


@pytest.fixture(scope="module")
def server(loaded):
    batcher = DynamicBatcher(*loaded, name=NAME, max_wait_ms=5)
    server, url = start_in_thread(batcher, api_key=KEY)
    yield url
    server.stop()
    batcher.close()


def prompts(count: int) -> list[list[dict[str, str]]]:
    """Claim notes cut to different lengths: the batch is padded on the left, up to 80 tokens deep."""
    return [[{"role": "user", "content": r.text[: 20 + 40 * i]}] for i, r in enumerate(demo_records(count))]


def chat(url: str, body: dict, key: str | None = KEY) -> httpx.Response:
    headers = {"Authorization": f"Bearer {key}"} if key else {}
    return httpx.post(f"{url}/v1/chat/completions", json=body, headers=headers, timeout=30)


class ScriptedModel(torch.nn.Module):
    """Answers row i of a batch with `replies[i]` (token ids), as generate would; or fails when told to."""

    def __init__(self, replies: list[list[int]], fail: bool = False):
        super().__init__()
        self.anchor = torch.nn.Parameter(torch.zeros(1))
        self.config = SimpleNamespace(max_position_embeddings=1024)
        self.replies, self.fail = replies, fail

    def generate(self, input_ids, attention_mask, max_new_tokens, pad_token_id, eos_token_id, **options):
        if self.fail:
            raise RuntimeError("the accelerator fell over")
        rows = [reply[:max_new_tokens] for reply in self.replies[: len(input_ids)]]
        new = torch.full((len(rows), max(map(len, rows))), pad_token_id)
        for index, row in enumerate(rows):
            new[index, : len(row)] = torch.tensor(row)
        return torch.cat([input_ids, new], dim=1)


def test_a_greedy_answer_is_the_same_alone_or_in_a_batch_of_other_lengths(make_batcher):
    requests = [ChatRequest(messages, max_tokens=12) for messages in prompts(6)]
    alone = make_batcher(max_batch=1)
    batched = make_batcher(max_batch=len(requests), max_wait_ms=2000)
    singles = [alone.complete(request) for request in requests]
    together = [future.result(timeout=60) for future in [batched.submit(request) for request in requests]]
    assert batched.batches_run == 1 and alone.batches_run == len(requests)
    assert len({c.prompt_tokens for c in singles}) == len(requests)  # six different paddings
    assert [(c.text, c.completion_tokens) for c in together] == [(c.text, c.completion_tokens) for c in singles]


def test_concurrent_requests_are_served_in_fewer_generate_calls(make_batcher):
    batcher = make_batcher(max_batch=8, max_wait_ms=2000)
    requests = [ChatRequest(messages, max_tokens=4) for messages in prompts(8)]
    barrier, answers = threading.Barrier(len(requests)), [None] * len(requests)

    def ask(index: int) -> None:
        barrier.wait()
        answers[index] = batcher.complete(requests[index], timeout=60)

    threads = [threading.Thread(target=ask, args=(i,)) for i in range(len(requests))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert all(answers) and batcher.requests_served == len(requests)
    assert batcher.batches_run < len(requests)


def test_prompt_tokens_count_the_templated_prompt_and_length_stops_at_max_tokens(make_batcher, loaded):
    tokenizer, messages = loaded[1], prompts(2)[1]
    completion = make_batcher().complete(ChatRequest(messages, max_tokens=7))
    text = tokenizer.apply_chat_template(messages, tokenize=False, add_generation_prompt=True)
    assert completion.prompt_tokens == len(tokenizer(text, add_special_tokens=False)["input_ids"])
    assert (completion.completion_tokens, completion.finish_reason, completion.model) == (7, "length", NAME)


def test_an_answer_ends_at_its_end_token_and_counts_it_not_the_padding(make_batcher, loaded):
    tokenizer = loaded[1]
    words = tokenizer("the claim", add_special_tokens=False)["input_ids"]
    model = ScriptedModel([[*words, tokenizer.eos_token_id], words * 5])
    batcher = make_batcher(model=model, max_batch=2, max_wait_ms=2000)
    ended, cut = [f.result(timeout=30) for f in [batcher.submit(ChatRequest(m, max_tokens=6)) for m in prompts(2)]]
    assert (ended.text, ended.completion_tokens, ended.finish_reason) == ("the claim", len(words) + 1, "stop")
    assert (cut.completion_tokens, cut.finish_reason) == (6, "length")


def test_a_stop_string_cuts_the_text_and_the_count(make_batcher):
    batcher, messages = make_batcher(), prompts(1)[0]
    full = batcher.complete(ChatRequest(messages, max_tokens=16))
    stop = full.text[len(full.text) // 2 :][:3]
    stopped = batcher.complete(ChatRequest(messages, max_tokens=16, stop=["never there", stop]))
    assert stopped.text == full.text[: full.text.find(stop)] and stopped.finish_reason == "stop"
    assert 1 <= stopped.completion_tokens < full.completion_tokens


def test_a_seeded_sampled_request_gets_the_same_answer_even_beside_others(make_batcher):
    batcher, messages = make_batcher(max_batch=3, max_wait_ms=0), prompts(2)
    seeded = ChatRequest(messages[0], max_tokens=12, temperature=1.5, seed=7)
    first = batcher.complete(seeded)
    batcher.max_wait_ms = 2000  # the next three arrive as one batch
    neighbour = ChatRequest(messages[1], max_tokens=12, temperature=1.5)
    futures = [batcher.submit(request) for request in (neighbour, seeded, neighbour)]
    again = futures[1].result(timeout=30)
    assert again.text == first.text and batcher.batches_run == 3  # alone; then seeded alone, neighbours together
    assert futures[0].result(timeout=30).prompt_tokens == futures[2].result(timeout=30).prompt_tokens


def test_a_failed_generate_fails_every_request_of_its_batch_and_the_batcher_lives_on(make_batcher, loaded):
    model = ScriptedModel([[5, 6]] * 2, fail=True)
    batcher = make_batcher(model=model, max_batch=2, max_wait_ms=2000)
    futures = [batcher.submit(ChatRequest(m, max_tokens=2)) for m in prompts(2)]
    for future in futures:
        with pytest.raises(BackendError, match="accelerator fell over") as caught:
            future.result(timeout=30)
        assert not caught.value.retryable
    model.fail, batcher.max_wait_ms = False, 0
    assert batcher.complete(ChatRequest(prompts(1)[0], max_tokens=2)).completion_tokens == 2


def test_a_closed_batcher_refuses_retryably(make_batcher):
    batcher = make_batcher()
    batcher.close()
    with pytest.raises(BackendError) as caught:
        batcher.complete(ChatRequest(prompts(1)[0]))
    assert caught.value.retryable


def test_the_server_lists_its_model_and_answers_in_openai_shape(server):
    assert httpx.get(f"{server}/health").json() == {"status": "ok"}
    listed = httpx.get(f"{server}/v1/models", headers={"Authorization": f"Bearer {KEY}"}).json()
    assert listed["object"] == "list"
    assert [(m["id"], m["object"], m["owned_by"]) for m in listed["data"]] == [(NAME, "model", "tuneloop")]
    body = chat(server, {"model": NAME, "messages": prompts(1)[0], "max_tokens": 5, "temperature": 0}).json()
    assert body["id"].startswith("chatcmpl-") and body["object"] == "chat.completion" and body["model"] == NAME
    (choice,) = body["choices"]
    assert choice["index"] == 0 and choice["message"]["role"] == "assistant" and choice["finish_reason"] == "length"
    usage = body["usage"]
    assert usage["completion_tokens"] == 5 and usage["total_tokens"] == usage["prompt_tokens"] + 5


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"messages": None}, "messages"),
        ({"messages": "hello"}, "messages"),
        ({"messages": [{"role": "user", "content": 3}]}, "messages"),
        ({"messages": [{"role": "robot", "content": "hi"}]}, "messages"),
        ({"max_tokens": 0}, "max_tokens"),
        ({"max_tokens": "many"}, "max_tokens"),
        ({"temperature": "hot"}, "temperature"),
        ({"temperature": 3}, "temperature"),
        ({"top_p": 0}, "top_p"),
        ({"stop": [1]}, "stop"),
        ({"stream": True}, "stream"),
        ({"model": None}, "model"),
    ],
)
def test_bad_input_gets_a_400_naming_the_field(server, change, field):
    response = chat(server, {"model": NAME, "messages": prompts(1)[0], **change})
    assert response.status_code == 400
    error = response.json()["error"]
    assert error["param"] == field and field in error["message"] and error["type"] == "invalid_request_error"


def test_an_unknown_model_is_404_and_a_wrong_key_401(server):
    unknown = chat(server, {"model": "gpt-9", "messages": prompts(1)[0]})
    assert unknown.status_code == 404 and unknown.json()["error"]["code"] == "model_not_found"
    for key in ("wrong", None):
        refused = chat(server, {"model": NAME, "messages": prompts(1)[0]}, key=key)
        assert refused.status_code == 401 and refused.json()["error"]["code"] == "invalid_api_key"
    assert httpx.get(f"{server}/v1/models").status_code == 401


def test_http_backend_to_the_server_answers_as_the_in_process_backend(server, tiny_model_path):
    request = ChatRequest(prompts(3)[2], max_tokens=9, stop=["zzz"])
    try:
        local = InProcessBackend(str(tiny_model_path), None, name=NAME).complete(request)
        assert engine_for(str(tiny_model_path)) is engine_for(str(tiny_model_path), None)
    finally:
        clear_engines()
    remote = HttpBackend(server, NAME, api_key=KEY).complete(request)
    assert remote == local


def test_http_backend_errors_say_whether_to_retry(loaded, server):
    with pytest.raises(BackendError, match="does not exist") as caught:
        HttpBackend(server, "gpt-9", api_key=KEY).complete(ChatRequest(prompts(1)[0]))
    assert not caught.value.retryable
    batcher = DynamicBatcher(*loaded, name=NAME)
    own, url = start_in_thread(batcher)
    backend, request = HttpBackend(url, NAME, timeout=10), ChatRequest(prompts(1)[0], max_tokens=2)
    assert backend.complete(request).completion_tokens == 2  # leaves a keep-alive connection open
    batcher.close()
    with pytest.raises(BackendError, match="503") as caught:  # a server that cannot answer now
        backend.complete(request)
    assert caught.value.retryable
    own.stop()
    with pytest.raises(BackendError) as caught:  # a server that is down
        backend.complete(request)
    assert caught.value.retryable


def test_the_openai_client_gets_a_completion(server):
    openai = pytest.importorskip("openai")
    client = openai.OpenAI(base_url=f"{server}/v1", api_key=KEY)
    answer = client.chat.completions.create(model=NAME, messages=prompts(1)[0], max_tokens=4, temperature=0)
    assert answer.choices[0].finish_reason == "length" and answer.usage.completion_tokens == 4


def test_the_command_reads_the_api_key_from_the_named_variable(monkeypatch):
    served = []
    monkeypatch.setattr(cli, "serve", lambda *args: served.append(args))
    monkeypatch.setenv("SERVING_KEY", "from-env")
    cli.main(["--model", "/models/x", "--port", "9000", "--max-batch", "4", "--api-key-env", "SERVING_KEY"])
    assert served == [("/models/x", None, None, "127.0.0.1", 9000, 4, 5.0, "from-env")]
    monkeypatch.delenv("SERVING_KEY")
    with pytest.raises(SystemExit):
        cli.main(["--model", "/models/x", "--api-key-env", "SERVING_KEY"])


def test_the_bench_measures_any_openai_compatible_url_as_it_will_the_gateway(server):
    from bench.serving import build_prompts, measure_gateway

    figures = measure_gateway(server, KEY, NAME, build_prompts(6), clients=3, max_tokens=2)
    assert (figures["requests"], figures["errors"], figures["completion_tokens"]) == (6, 0, 12)
