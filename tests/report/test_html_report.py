"""The HTML report: self-contained, every document text escaped, spans highlighted, links and filters."""

from __future__ import annotations

import re

from tests.assess.handbuilt_bills import Hit, bill, jeugdwet_regional, provision
from wetscan.assess import assess_bill
from wetscan.report.html import render_html, render_provision_html
from wetscan.report.json_report import build_report

HOSTILE = 'Het college draagt zorg voor <script>alert("xss")</script> en <img src=x onerror=alert(1)> "quotes" & co.'


def hostile_report() -> dict:
    hostile = bill(
        [provision("artikel 1 <b>", HOSTILE, Hit("R01", "draagt zorg voor <script>", organ="<i>college</i>"))],
        title="<script>alert('title')</script>",
        path="<evil>.txt",
    )
    return build_report(hostile, assess_bill(hostile))


def test_document_text_is_escaped_everywhere() -> None:
    page = render_html(hostile_report())
    assert page.count("<script") == 1  # only the page's own inline script
    assert "draagt zorg voor &lt;script&gt;" in page and "alert(&#34;xss&#34;)&lt;/script&gt;" in page
    assert "<title>wetscan · &lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt;</title>" in page
    assert "<img" not in page and "&lt;img src=x onerror=alert(1)&gt;" in page
    assert "<b>" not in page.split("<main>")[1].replace("<b>R01</b>", "")
    assert "&lt;i&gt;college&lt;/i&gt;" in page


def test_page_is_self_contained() -> None:
    page = render_html(build_report(jeugdwet_regional(), assess_bill(jeugdwet_regional())))
    assert not re.search(r"<(link|img|iframe)\b", page)
    assert not re.search(r"\b(src|href)=\"(https?:)?//", page)
    assert "<style>" in page and "Content-Security-Policy" in page


def test_reasons_link_to_provision_anchors_that_exist() -> None:
    regional = jeugdwet_regional()
    page = render_html(build_report(regional, assess_bill(regional)))
    targets = set(re.findall(r'href="#(p-\d+)"', page))
    anchors = set(re.findall(r'<article class="provision[^"]*" id="(p-\d+)"', page))
    assert targets and targets <= anchors
    assert len(anchors) == len(regional.provisions)


def test_filters_list_layers_and_rules_present() -> None:
    regional = jeugdwet_regional()
    page = render_html(build_report(regional, assess_bill(regional)))
    assert '<option value="gemeente">gemeente</option>' in page
    for rule in ("R01", "R04", "R06", "R08", "R09"):
        assert f'<option value="{rule}">' in page
    assert 'id="filter-flagged" checked' in page
    assert 'id="filter-flagged" checked' not in render_html(build_report(regional, assess_bill(regional)), flagged_only=False)


def test_render_provision_highlights_overlapping_spans_with_rule_and_basis_tooltip() -> None:
    regional = jeugdwet_regional()
    report = build_report(regional, assess_bill(regional))
    html = str(render_provision_html(report["provisions"][2], anchor="p-3"))
    assert html.startswith('<article class="provision flagged" id="p-3"')
    marks = re.findall(r"<mark[^>]*>(.*?)<span", html)
    assert marks == ["stelt ", "binnen zes maanden", " na de inwerkingtreding een regiovisie vast"]
    assert 'class="hit overlap"' in html
    assert "Grondslag: Gemw art. 110-111, Pw art. 108-109" in html
    text = re.sub(r'<span class="tip".*?</span></mark>', "", html.split('<p class="text">')[1].split("</p>")[0])
    assert re.sub(r"<[^>]+>", "", text) == regional.provisions[2].text


def test_render_provision_escapes_text() -> None:
    html = str(render_provision_html(hostile_report()["provisions"][0]))
    assert "<script>" not in html and "&lt;script&gt;" in html


def test_provisions_carry_the_flags_their_rules_feed() -> None:
    regional = jeugdwet_regional()
    page = render_html(build_report(regional, assess_bill(regional)))
    flags = re.findall(r'id="(p-\d+)"\s+data-layers="[^"]*" data-rules="([^"]*)" data-flags="([^"]*)"', page)
    assert flags[0] == ("p-1", "R01 R08", "cooperation cosignature fvw udo")
    assert flags[3] == ("p-4", "", "")
    assert '<option value="cooperation">verplichte samenwerking</option>' in page
