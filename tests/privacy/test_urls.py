"""Links carrying a person's handle are replaced; other links stay (issue 14, item 2)."""

from __future__ import annotations

import pytest

from privacy.engine.anonymizer import get_anonymizer
from privacy.engine.urls import profile_urls


@pytest.mark.parametrize(
    ("text", "url"),
    [
        (
            "See https://www.linkedin.com/in/amara-okafor-4b1a2 for her CV.",
            "https://www.linkedin.com/in/amara-okafor-4b1a2",
        ),
        ("code at github.com/jwoo_park.", "github.com/jwoo_park"),
        ("Blog: amaraokafor.tumblr.com, weekly.", "amaraokafor.tumblr.com"),
        ("medium.com/@fatima.alsayed/my-story-123", "medium.com/@fatima.alsayed/my-story-123"),
        ("ping me: t.me/sven_l", "t.me/sven_l"),
        ("HTTPS://INSTAGRAM.COM/NGUYEN.VAN.AN", "HTTPS://INSTAGRAM.COM/NGUYEN.VAN.AN"),
    ],
)
def test_a_profile_link_is_found_whole(text, url):
    assert [text[start:end] for start, end in profile_urls(text)] == [url]


@pytest.mark.parametrize(
    "text",
    [
        "Terms at https://www.allianz.com/en/contact and example.com/help.",
        "Our blog is at www.tumblr.com/explore.",  # the site itself, no handle
        "Download from https://github.com",
    ],
)
def test_links_without_a_handle_stay(text):
    assert profile_urls(text) == []
    assert get_anonymizer().anonymize(text).text == text


def test_the_anonymizer_replaces_a_profile_link_as_one_url():
    result = get_anonymizer().anonymize("Her page medium.com/@fatima.alsayed/my-story is public.")
    assert result.text == "Her page <URL_1> is public.", result.text
