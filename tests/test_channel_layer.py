"""The configured channel layer keeps idle consumers alive: a receive that waits out several pops never fails."""

from __future__ import annotations

import asyncio

import pytest
from channels.layers import get_channel_layer

# Each receiver waits through two of channels_redis's 5 s blocking pops. With redis-py's default 5 s
# read timeout about one pop in twenty failed, so 40 receivers all but surely hit it (measured: 7 of 20
# receivers failed within 40 s).
RECEIVERS = 40
IDLE_SECONDS = 11


async def test_an_idle_receive_outlasts_the_blocking_pop() -> None:
    layer = get_channel_layer()
    if type(layer).__name__ != "RedisChannelLayer":
        pytest.skip("the in-memory layer has no socket to time out")
    channels = [await layer.new_channel() for _ in range(RECEIVERS)]
    results = await asyncio.gather(
        *(asyncio.wait_for(layer.receive(name), IDLE_SECONDS) for name in channels), return_exceptions=True
    )
    failures = [repr(r) for r in results if not isinstance(r, asyncio.TimeoutError)]
    assert not failures, failures


def test_redis_reads_outlast_the_pop() -> None:
    layer = get_channel_layer()
    if type(layer).__name__ != "RedisChannelLayer":
        pytest.skip("the in-memory layer has no socket to time out")
    host = layer.hosts[0]
    assert host["socket_timeout"] > layer.brpop_timeout
