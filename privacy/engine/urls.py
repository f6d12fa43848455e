"""Profile URLs: a link whose path or subdomain is a person's handle ("linkedin.com/in/amara-okafor")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from privacy.engine.recognizers import span_recognizer

if TYPE_CHECKING:  # Presidio is imported lazily, under the anonymization load lock.
    from presidio_analyzer import EntityRecognizer

# Sites whose first path segment (after the prefix given) names a person or an account.
_PATH_HANDLES = (
    r"linkedin\.com/(?:in|pub)/",
    r"(?:github|gitlab|bitbucket)\.(?:com|org)/",
    r"(?:twitter|x)\.com/",
    r"(?:facebook|fb)\.com/",
    r"instagram\.com/",
    r"(?:tiktok|threads)\.(?:com|net)/@",
    r"medium\.com/@",
    r"youtube\.com/(?:@|c/|user/|channel/)",
    r"reddit\.com/u(?:ser)?/",
    r"pinterest\.[a-z.]+/",
    r"t\.me/",
    r"vk\.com/",
    r"about\.me/",
    r"(?:behance\.net|dribbble\.com|soundcloud\.com|twitch\.tv|keybase\.io|linktr\.ee|patreon\.com)/",
    r"[a-z0-9.-]*mastodon[a-z0-9.-]*\.[a-z]+/@",
    r"bsky\.app/profile/",
    r"flickr\.com/(?:people|photos)/",
    r"stackoverflow\.com/users/\d+/",
    r"quora\.com/profile/",
    r"xing\.com/profile/",
    r"substack\.com/@",
    r"wa\.me/",
)
# Sites where the subdomain is the handle ("amaraokafor.tumblr.com").
_SUBDOMAIN_HANDLES = r"tumblr\.com|substack\.com|blogspot\.com|wordpress\.com|github\.io|neocities\.org|carrd\.co"
_NOT_A_HANDLE = r"(?!(?:www|m|mobile|blog|help|support|about|en|de|fr|es)\.)"
PROFILE_URL = re.compile(
    rf"(?<![\w@/.])(?:https?://)?(?:(?:www|m|mobile|[a-z]{{2}})\.)?(?:{'|'.join(_PATH_HANDLES)})"
    rf"[\w.%~-]*[\w%~](?:/[\w.%~@-]*)*"
    rf"|(?<![\w@/.])(?:https?://)?{_NOT_A_HANDLE}[\w-]+\.(?:{_SUBDOMAIN_HANDLES})(?:/[\w.%~@-]*)*",
    re.IGNORECASE,
)
SCORE = 1.0  # a whole link outranks the e-mail address its "@handle" looks like


def profile_urls(text: str) -> list[tuple[int, int]]:
    found = []
    for match in PROFILE_URL.finditer(text):
        end = match.end() - len(match.group()) + len(match.group().rstrip(".-/"))  # a sentence's full stop
        found.append((match.start(), end))
    return found


def profile_url_recognizer() -> EntityRecognizer:
    """Links to a person's profile or page on the sites above; other links are kept."""

    def find(text: str, doc: Any) -> list[tuple[int, int, str]]:
        return [(start, end, "URL") for start, end in profile_urls(text)]

    return span_recognizer("ProfileUrlRecognizer", ["URL"], find, SCORE)
