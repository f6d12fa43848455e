"""The permission matrix (issue 13): every URL pattern of the API and the pages, generated from the URL conf,
is requested by an anonymous visitor, a reviewer of another campaign, a reviewer, a campaign admin and a staff
member who belongs to no campaign. A role the rule allows is never refused (401 / 403 / 404); a role it does
not allow always is. A new endpoint without a rule here fails `test_every_route_has_a_rule`."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from django.urls import URLPattern, URLResolver, get_resolver
from rest_framework.test import APIClient

pytestmark = pytest.mark.django_db

ROLES = ("anonymous", "outsider", "reviewer", "admin", "staff")
ANYONE = set(ROLES)
SIGNED_IN = {"outsider", "reviewer", "admin", "staff"}
MEMBER = {"reviewer", "admin"}
ADMIN = {"admin"}
STAFF = {"staff"}
REVIEWER = {"reviewer"}  # objects the reviewer holds: their assignment, their judgement, their example
REFUSED = (401, 403, 404)

# path pattern -> {method: roles allowed}. Pages answer a refused visitor with a redirect to the login page.
RULES: dict[str, dict[str, set[str]]] = {
    "api/auth/token/": {"post": ANYONE, "delete": SIGNED_IN},
    "api/campaigns/": {"get": SIGNED_IN, "post": SIGNED_IN},  # its creator becomes its admin
    "api/campaigns/<int:campaign_id>/": {"get": MEMBER, "patch": ADMIN},
    "api/campaigns/<int:campaign_id>/members/": {"post": ADMIN},
    "api/campaigns/<int:campaign_id>/members/<int:user_id>/": {"delete": ADMIN},
    "api/campaigns/<int:campaign_id>/imports/": {"get": ADMIN, "post": ADMIN},
    "api/campaigns/<int:campaign_id>/items/": {"get": MEMBER},
    "api/campaigns/<int:campaign_id>/quality/": {"get": ADMIN},
    "api/campaigns/<int:campaign_id>/guidelines/": {"get": MEMBER, "put": ADMIN},
    "api/campaigns/<int:campaign_id>/authoring/next/": {"get": MEMBER},
    "api/campaigns/<int:campaign_id>/reviews/next/": {"get": MEMBER},
    "api/campaigns/<int:campaign_id>/overview/": {"get": MEMBER},
    "api/imports/<int:batch_id>/": {"get": ADMIN},
    "api/items/<int:item_id>/examples/": {"post": ADMIN},  # a reviewer only on the item leased to them
    "api/items/<int:item_id>/reviewers/": {"post": ADMIN},
    "api/items/<int:item_id>/gold/": {"put": ADMIN, "delete": ADMIN},
    "api/examples/<int:example_id>/": {"get": MEMBER, "put": REVIEWER},
    "api/examples/<int:example_id>/history/": {"get": MEMBER},
    "api/examples/<int:example_id>/review/": {"post": ADMIN},  # its author never reviews it
    "api/assignments/<int:assignment_id>/skip/": {"post": REVIEWER},
    "api/campaigns/<int:campaign_id>/policy/": {"get": ADMIN, "put": ADMIN},
    "api/campaigns/<int:campaign_id>/policy/preview/": {"post": ADMIN},
    "api/campaigns/<int:campaign_id>/policy/history/": {"get": ADMIN},
    "api/campaigns/<int:campaign_id>/pii/": {"get": ADMIN},
    "api/campaigns/<int:campaign_id>/canaries/": {"get": ADMIN, "post": ADMIN},
    "api/campaigns/<int:campaign_id>/canaries/audit/": {"post": ADMIN},
    "api/campaigns/<int:campaign_id>/comparisons/next/": {"get": MEMBER},
    "api/campaigns/<int:campaign_id>/preferences/": {"get": ADMIN},
    "api/campaigns/<int:campaign_id>/preferences/ratings/": {"get": ADMIN},
    "api/campaigns/<int:campaign_id>/candidate-rounds/": {"get": ADMIN, "post": ADMIN},
    "api/comparisons/<int:task_id>/judgement/": {"post": MEMBER},  # and then only its leaseholder (409 else)
    "api/comparisons/<int:task_id>/gold/": {"put": ADMIN},
    "api/judgements/<int:judgement_id>/undo/": {"post": REVIEWER},
    "api/ranking-tasks/<int:task_id>/ranking/": {"post": set()},  # no ranking task is leased to anyone here
    "api/rankings/<int:ranking_id>/undo/": {"post": set()},
    "api/campaigns/<int:campaign_id>/datasets/": {"get": ADMIN, "post": ADMIN},
    "api/datasets/<int:dataset_id>/verify/": {"get": ADMIN},
    "api/datasets/<int:dataset_id>/manifest/": {"get": ADMIN},
    "api/datasets/<int:dataset_id>/diff/<int:other_id>/": {"get": ADMIN},
    "api/datasets/<int:dataset_id>/export/hf/<str:kind>/": {"get": ADMIN},
    "api/datasets/<int:dataset_id>/export/<str:kind>/<str:split>/": {"get": ADMIN},
    "api/campaigns/<int:campaign_id>/runs/": {"get": ADMIN, "post": ADMIN},
    "api/base-models/": {"get": SIGNED_IN, "post": STAFF},
    "api/runs/<int:run_id>/": {"get": ADMIN},
    "api/runs/<int:run_id>/status/": {"get": ADMIN},
    "api/runs/<int:run_id>/cancel/": {"post": ADMIN},
    "api/runs/<int:run_id>/metrics/": {"get": ADMIN},
    "api/runs/<int:run_id>/events/": {"get": ADMIN},
    "api/artifacts/<int:artifact_id>/download/": {"get": ADMIN},
    "api/campaigns/<int:campaign_id>/evaluations/": {"get": ADMIN, "post": ADMIN},
    "api/campaigns/<int:campaign_id>/gate/": {"get": ADMIN, "put": ADMIN},
    "api/campaigns/<int:campaign_id>/promotions/": {"get": ADMIN},
    "api/campaigns/<int:campaign_id>/incumbent/rollback/": {"post": ADMIN},
    "api/evaluations/<int:round_id>/": {"get": ADMIN},
    "api/evaluations/<int:round_id>/promote/": {"post": ADMIN},
    "api/evaluations/<int:round_id>/samples/": {"get": ADMIN},
    "api/evaluations/<int:round_id>/human/": {"get": ADMIN, "post": ADMIN},
    "api/evaluations/<int:round_id>/failures/": {"get": ADMIN, "post": ADMIN},
    "api/campaigns/<int:campaign_id>/deployments/": {"get": ADMIN, "post": ADMIN},
    "api/deployments/<int:deployment_id>/": {"get": ADMIN, "patch": ADMIN},
    "api/deployments/<int:deployment_id>/rollback/": {"post": ADMIN},
    "api/deployments/<int:deployment_id>/changes/": {"get": ADMIN},
    "api/deployments/<int:deployment_id>/keys/": {"get": ADMIN, "post": ADMIN},
    "api/deployments/<int:deployment_id>/keys/<int:key_id>/revoke/": {"post": ADMIN},
    "api/deployments/<int:deployment_id>/monitoring/": {"get": ADMIN},
    "api/deployments/<int:deployment_id>/requests/": {"get": ADMIN},
    "api/deployments/<int:deployment_id>/drift/": {"get": ADMIN, "post": ADMIN},
    "api/campaigns/<int:campaign_id>/webhooks/": {"get": ADMIN, "post": ADMIN},
    "api/webhooks/<int:webhook_id>/ping/": {"post": ADMIN},
    "api/webhooks/<int:webhook_id>/deliveries/": {"get": ADMIN},
    "api/deliveries/<int:delivery_id>/redeliver/": {"post": ADMIN},
    "api/webhooks/<int:webhook_id>/": {"get": ADMIN, "patch": ADMIN, "delete": ADMIN},  # after the rest: deletes it
    # The OpenAI-compatible gateway takes a deployment's API key, never a person's session or token.
    "v1/models": {"get": set()},
    "v1/chat/completions": {"post": set()},
    "v1/shadow": {"post": set()},
    "v1/feedback": {"post": set()},
    # Probes (compose.yaml, a load balancer): no login, and nothing in the answer that a visitor should not see.
    "healthz": {"get": ANYONE},
    "readyz": {"get": ANYONE},
    "api/schema/": {"get": SIGNED_IN},
    "api/docs/": {"get": SIGNED_IN},
    "login/": {"get": ANYONE},
    "logout/": {"post": ANYONE},  # a redirect to the login page, for everyone
    "": {"get": SIGNED_IN},
    "campaigns/<int:campaign_id>/": {"get": ADMIN},  # reviewers work in the workspace
    "campaigns/<int:campaign_id>/work/": {"get": MEMBER},
}


def _routes(resolver: URLResolver | None = None, prefix: str = "") -> Iterator[tuple[str, object]]:
    for pattern in (resolver or get_resolver()).url_patterns:
        if isinstance(pattern, URLResolver):
            yield from _routes(pattern, prefix + str(pattern.pattern))
        elif isinstance(pattern, URLPattern):
            yield prefix + str(pattern.pattern), pattern.callback


def _is_django_admin(path: str) -> bool:
    return path.startswith("admin/")  # Django's own admin: staff only, by Django's own checks (tested apart)


def test_every_route_has_a_rule() -> None:
    missing = [path for path, _ in _routes() if not _is_django_admin(path) and path not in RULES]
    assert not missing, f"routes without a permission rule in tests/test_permissions.py: {missing}"
    stale = set(RULES) - {path for path, _ in _routes()}
    assert not stale, f"rules for routes that no longer exist: {stale}"


def _url(path: str, ids: dict) -> str:
    for name, value in ids.items():
        path = path.replace(f"<int:{name}>", str(value)).replace(f"<str:{name}>", str(value))
    return "/" + path


def _client(role: str, users: dict) -> APIClient:
    client = APIClient()
    if role != "anonymous":
        client.force_login(users[role])  # a session, as the pages use; the API accepts it as well
    return client


def _refused(path: str, status: int, response) -> bool:
    if status in REFUSED:
        return True
    redirected = status == 302 and "/login/" in response.get("Location", "")
    return not path.startswith("api/") and path != "logout/" and redirected


def test_the_permission_matrix(world: dict) -> None:
    wrong = []
    for path, methods in RULES.items():
        for method, allowed in methods.items():
            for role in ROLES:  # least privileged first: a refused request changes nothing
                client = _client(role, world["users"])
                response = getattr(client, method)(_url(path, world["ids"]), {}, format="json")
                refused = _refused(path, response.status_code, response)
                if refused == (role in allowed):
                    wrong.append(f"{method.upper()} /{path} as {role}: {response.status_code}")
    assert not wrong, "\n".join(wrong)
