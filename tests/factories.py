"""factory_boy factories for the models tests build directly."""

from __future__ import annotations

import factory
from django.contrib.auth import get_user_model

from labeling.demo_data import SYSTEM_PROMPT, TEMPLATE_FIELDS
from labeling.models import Campaign, Item, Membership


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        django_get_or_create = ("username",)

    username = factory.Sequence(lambda n: f"user{n}")
    password = factory.django.Password("pw-for-tests")


class StaffFactory(UserFactory):
    is_staff = True


class CampaignFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Campaign

    name = factory.Sequence(lambda n: f"Campaign {n}")
    system_prompt = SYSTEM_PROMPT
    output_fields = TEMPLATE_FIELDS
    created_by = factory.SubFactory(StaffFactory)


class MembershipFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Membership

    campaign = factory.SubFactory(CampaignFactory)
    user = factory.SubFactory(UserFactory)
    role = Membership.Role.REVIEWER


class ItemFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Item

    campaign = factory.SubFactory(CampaignFactory)
    external_id = factory.Sequence(lambda n: f"item-{n}")
    text = "Called <PERSON_1> about the claim. Police report received."
