"""Merging duplicate agencies: everything that pointed at the merged agencies ends
up on the survivor, nothing is lost, and the history says what happened."""

from __future__ import annotations

import pytest
from django.contrib.admin import helpers
from django.urls import reverse

from cooperation.models import Agency, AgencyKind, Agreement, Event, Evidence
from cooperation.services import (
    MERGED_RELATIONS,
    MergeError,
    merge_agencies,
    merge_reason,
)


@pytest.fixture
def duplicates(
    country,
    other_country,
    agency_factory,
    agreement_factory,
    event_factory,
    article_factory,
    evidence_factory,
):
    """ANSSI recorded three times by ingestion, each with its own records."""
    survivor = agency_factory(
        "National Cybersecurity Agency of France",
        acronym="ANSSI",
        country=country,
        aliases=["Agence nationale de la sécurité des systèmes d'information"],
    )
    french_name = agency_factory(
        "Agence nationale de la sécurité des systèmes d'information",
        country=country,
        aliases=["ANSSI France"],
        website="https://cyber.gouv.fr",
        wikidata_id="Q2860577",
        member_countries=[country],
    )
    no_country = agency_factory(
        "French cybersecurity agency",
        acronym="ANSSI",
        kind=AgencyKind.OTHER,
        member_countries=[other_country],
    )
    partner = agency_factory("Vietnam CERT", acronym="VNCERT", country=other_country)
    child = agency_factory("CERT-FR", country=country, parent=french_name)

    article = article_factory(
        "ANSSI and VNCERT signed an agreement. The French agency will train "
        "Vietnamese responders."
    )
    first = "ANSSI and VNCERT signed an agreement."
    second = "The French agency will train Vietnamese responders."
    # The same sentence cited for two of the duplicates: kept once after the merge.
    evidence_factory(survivor, article, sentence=first, confidence=0.6)
    evidence_factory(french_name, article, sentence=first, confidence=0.9)
    evidence_factory(no_country, article, sentence=second, confidence=0.7)

    shared = agreement_factory(parties=[survivor, french_name, partner])
    only_other = agreement_factory(parties=[no_country, partner])
    untouched = agreement_factory(parties=[partner])
    event = event_factory(participants=[french_name, no_country, partner])
    return {
        "survivor": survivor,
        "others": [french_name, no_country],
        "partner": partner,
        "child": child,
        "shared": shared,
        "only_other": only_other,
        "untouched": untouched,
        "event": event,
        "article": article,
    }


def test_merge_moves_every_relation_to_the_survivor(duplicates, superuser):
    survivor = duplicates["survivor"]
    result = merge_agencies(survivor, duplicates["others"], superuser)
    survivor.refresh_from_db()

    assert set(duplicates["shared"].parties.all()) == {survivor, duplicates["partner"]}
    assert set(duplicates["only_other"].parties.all()) == {
        survivor,
        duplicates["partner"],
    }
    assert set(duplicates["untouched"].parties.all()) == {duplicates["partner"]}
    assert set(duplicates["event"].participants.all()) == {
        survivor,
        duplicates["partner"],
    }
    duplicates["child"].refresh_from_db()
    assert duplicates["child"].parent == survivor
    assert set(survivor.member_countries.values_list("code", flat=True)) == {
        "FR",
        "VN",
    }
    assert result.agreements == 2
    assert result.events == 1
    assert result.children == 1
    assert result.member_countries == 2
    assert "moved 2 agreement(s), 1 event(s), 1 evidence sentence(s)" in (
        result.summary()
    )
    assert "1 duplicate sentence(s) kept once" in result.summary()


def test_merge_keeps_every_evidence_sentence_once(duplicates, superuser):
    survivor = duplicates["survivor"]
    result = merge_agencies(survivor, duplicates["others"], superuser)
    sentences = {
        e.sentence: e.confidence for e in Evidence.objects.filter(agency=survivor)
    }
    assert sentences == {
        "ANSSI and VNCERT signed an agreement.": 0.9,
        "The French agency will train Vietnamese responders.": 0.7,
    }
    assert (result.evidence_moved, result.evidence_duplicates) == (1, 1)
    assert not Evidence.objects.filter(
        agency__isnull=True, agreement__isnull=True, event__isnull=True
    ).exists()


def test_merge_turns_the_others_names_into_aliases(duplicates, superuser):
    survivor = duplicates["survivor"]
    result = merge_agencies(survivor, duplicates["others"], superuser)
    survivor.refresh_from_db()
    assert survivor.aliases == [
        "Agence nationale de la sécurité des systèmes d'information",
        "ANSSI France",
        "French cybersecurity agency",
    ]
    assert survivor.name == "National Cybersecurity Agency of France"
    assert survivor.acronym == "ANSSI"
    # Empty fields are filled from the merged agencies rather than lost.
    assert survivor.website == "https://cyber.gouv.fr"
    assert survivor.wikidata_id == "Q2860577"
    assert set(result.fields_filled) == {"website", "wikidata_id"}


def test_merge_deletes_the_others_and_marks_the_survivor_curated(duplicates, superuser):
    survivor = duplicates["survivor"]
    others = duplicates["others"]
    merge_agencies(survivor, others, superuser)
    assert not Agency.objects.filter(pk__in=[o.pk for o in others]).exists()
    survivor.refresh_from_db()
    assert survivor.curated_at is not None


def test_merge_is_recorded_in_history(duplicates, superuser):
    survivor = duplicates["survivor"]
    french_name, no_country = duplicates["others"]
    merge_agencies(survivor, duplicates["others"], superuser)

    latest = survivor.history.latest()
    assert latest.history_change_reason == merge_reason(
        [french_name.name, no_country.name]
    )
    assert latest.history_change_reason.startswith(f"Merged {french_name.name}, ")
    assert latest.history_user == superuser
    assert set(latest.member_countries.values_list("country", flat=True)) == {
        "FR",
        "VN",
    }
    deleted = Agency.history.filter(id=french_name.pk, history_type="-").get()
    assert deleted.history_change_reason.startswith("Merged into National")
    agreement_history = duplicates["shared"].history.latest()
    assert agreement_history.history_change_reason.startswith("Party ")
    assert {p.agency_id for p in agreement_history.parties.all()} == {
        survivor.pk,
        duplicates["partner"].pk,
    }
    assert (
        duplicates["child"]
        .history.latest()
        .history_change_reason.startswith("Parent merged")
    )


def test_merge_into_an_agency_whose_parent_is_merged_away(
    agency_factory, country, superuser
):
    ministry = agency_factory("Ministry of Defence", country=country)
    duplicate_ministry = agency_factory("MoD", country=country, parent=ministry)
    survivor = agency_factory(
        "Cyber Command", country=country, parent=duplicate_ministry
    )
    copy = agency_factory("COMCYBER", country=country, parent=duplicate_ministry)
    merge_agencies(survivor, [copy, duplicate_ministry], superuser)
    survivor.refresh_from_db()
    assert survivor.parent == ministry


def test_merge_reason_fits_the_history_column():
    assert merge_reason(["CISA", "DHS"]) == "Merged CISA, DHS"
    long = merge_reason(["A very long agency name indeed"] * 5)
    assert len(long) == 100
    assert long.endswith("…")


def test_merge_refuses_nothing_to_merge(agency_factory, superuser):
    agency = agency_factory("Only one")
    with pytest.raises(MergeError, match="at least one other"):
        merge_agencies(agency, [agency], superuser)


def test_merge_of_a_deleted_agency_changes_nothing(agency_factory, superuser):
    survivor = agency_factory("Survivor")
    other = agency_factory("Other", aliases=["Kept"])
    gone = agency_factory("Gone")
    gone_copy = Agency.objects.get(pk=gone.pk)
    gone.delete()
    with pytest.raises(MergeError, match="no longer exist"):
        merge_agencies(survivor, [other, gone_copy], superuser)
    assert Agency.objects.filter(pk=other.pk).exists()
    survivor.refresh_from_db()
    assert survivor.aliases == []


def test_merge_knows_every_relation_to_an_agency():
    relations = {
        field.name
        for field in Agency._meta.get_fields()
        if (field.many_to_many or field.one_to_many)
        and not field.name.startswith("history")
    }
    assert relations == set(MERGED_RELATIONS)


# --- through the admin ------------------------------------------------------------


def post_merge(client, agencies, **extra):
    return client.post(
        reverse("admin:cooperation_agency_changelist"),
        {
            "action": "merge_selected",
            helpers.ACTION_CHECKBOX_NAME: [a.pk for a in agencies],
            **extra,
        },
    )


def test_admin_merge_asks_which_agency_to_keep(superuser_client, duplicates):
    agencies = [duplicates["survivor"], *duplicates["others"]]
    response = post_merge(superuser_client, agencies)
    assert response.status_code == 200
    assert response.templates[0].name == "admin/cooperation/agency/merge_selected.html"
    page = response.content.decode()
    for agency in agencies:
        assert f'value="{agency.pk}"' in page
    assert Agency.objects.filter(pk__in=[a.pk for a in agencies]).count() == 3


def test_admin_merge_confirmation_merges_into_the_chosen_agency(
    superuser_client, superuser, duplicates
):
    survivor = duplicates["survivor"]
    agencies = [survivor, *duplicates["others"]]
    response = post_merge(
        superuser_client, agencies, post="yes", survivor=str(survivor.pk)
    )
    assert response.status_code == 302
    assert list(Agency.objects.filter(pk__in=[a.pk for a in agencies])) == [survivor]
    assert set(Agreement.objects.filter(parties=survivor)) == {
        duplicates["shared"],
        duplicates["only_other"],
    }
    assert list(Event.objects.filter(participants=survivor)) == [duplicates["event"]]
    latest = survivor.history.latest()
    assert latest.history_change_reason.startswith("Merged ")
    assert latest.history_user == superuser
    page = superuser_client.get(response["Location"]).content.decode()
    assert "Merged " in page
    assert "2 agreement(s)" in page


def test_admin_merge_needs_two_agencies(superuser_client, duplicates):
    response = post_merge(superuser_client, [duplicates["survivor"]])
    assert response.status_code == 302
    page = superuser_client.get(response["Location"]).content.decode()
    assert "Select at least two agencies to merge." in page
