"""The combined reader's thresholds: scored as ``combined`` adds layers, chosen under a precision floor."""

from wetscan.learned.thresholds import Sample, best_threshold, cooperation_figures, layer_figures


def _sample(gold, rules, probabilities, gold_coop=False, rule_coop=False, coop_p=0.0):
    return Sample(frozenset(gold), frozenset(rules), probabilities, gold_coop, rule_coop, coop_p)


SAMPLES = [
    _sample({"gemeente"}, {"gemeente"}, {"gemeente": 0.99}),
    _sample({"provincie"}, set(), {"provincie": 0.9}),  # the rules missed it, the reader is sure
    _sample(set(), set(), {"waterschap": 0.7}),  # a doubtful reading on a provision without a layer
    _sample({"gemeente"}, set(), {"gemeente": 0.6}, gold_coop=True, coop_p=0.95),
]


def test_rules_alone_and_added_layers():
    assert layer_figures(SAMPLES, None) == (1.0, 1 / 3, 0.5)
    precision, recall, _ = layer_figures(SAMPLES, 0.85)
    assert (precision, recall) == (1.0, 2 / 3)
    precision, recall, _ = layer_figures(SAMPLES, 0.5)
    assert (precision, recall) == (0.75, 1.0)


def test_best_threshold_respects_the_precision_floor():
    chosen = best_threshold(SAMPLES, layer_figures, min_precision=0.88)
    assert chosen["threshold"] is not None and chosen["threshold"] >= 0.75
    assert chosen["figures"][0] >= 0.88
    assert best_threshold(SAMPLES, layer_figures, min_precision=0.5)["threshold"] <= 0.6


def test_no_threshold_when_the_reader_only_costs_precision():
    noisy = [_sample({"gemeente"}, {"gemeente"}, {"gemeente": 0.9, "provincie": 0.95})]
    assert best_threshold(noisy, layer_figures, min_precision=0.88)["threshold"] is None


def test_cooperation_added_by_the_reader():
    assert cooperation_figures(SAMPLES, None) == (0.0, 0.0, 0.0)
    assert cooperation_figures(SAMPLES, 0.9) == (1.0, 1.0, 1.0)


def test_a_provision_combined_does_not_read_adds_no_layer():
    unread = Sample(frozenset({"provincie"}), frozenset(), {"provincie": 0.95}, False, False, 0.0, read=False)
    assert layer_figures([unread], 0.9) == layer_figures([unread], None) == (0.0, 0.0, 0.0)
