#!/usr/bin/env python3
"""Writes a portfolio with N réalisations, for the scale benchmark.

Usage: scripts/make-scale-portfolio.py N IN OUT [--seed S]

Reads the portfolio IN (normally data/portfolio.json), keeps everything but
its réalisations, and writes to OUT a portfolio whose N réalisations are
variations of IN's: each gets a unique id (`<template id>-0001`…), a random
cadre (formation, pro1 or pro2, with the matching internship in `work`),
random dates, one to four competency codes taken from the référentiel, and
its own organisation name, title, summary and technologies, so that the
competency, cadre and text filters give varied results. Documents and
images are the template's, so every link points to a file that exists in
dist/documents. The output is deterministic for a given seed.

The script does not check the E5 rules itself: its caller runs the
validator on the output (`cyberfolio validate OUT`, as scripts/bench.sh
does), which is the one place those rules live.
"""

import argparse
import copy
import datetime
import json
import pathlib
import random
import sys

REPO = pathlib.Path(__file__).resolve().parent.parent
DEFAULT_REFERENTIAL = REPO / "crates/model/data/referentiel-bts-sio-bloc1.json"

CADRES = ["formation", "pro1", "pro2"]

ORGANISATIONS = [
    "Cabinet Lemaire & Associés", "Mairie de Saint-Xandre", "Clinique des Minimes",
    "Lycée Valin", "Transports Charentais", "Coopérative ostréicole de Marennes",
    "Médiathèque d'Aytré", "Agence immobilière Port-Neuf", "Garage Rochelais",
    "Office de tourisme de l'île de Ré", "Boulangerie Fournier", "EHPAD Les Tamaris",
    "Communauté de communes Aunis Sud", "Chantier naval Atlantique", "Pharmacie du Gabut",
    "Club nautique des Pertuis", "Cave coopérative de Saintonge", "Association Les Francas 17",
    "Imprimerie Delmas", "Centre aquatique de Rochefort", "Étude notariale Bernard",
    "Crèche Les Moussaillons", "Laboratoire d'analyses Océan", "Salle de sport FitRé",
]

VERBS = [
    "Mise en place", "Migration", "Sécurisation", "Audit", "Documentation",
    "Automatisation", "Refonte", "Supervision", "Déploiement", "Maintien en condition opérationnelle",
]


def load_referential(portfolio):
    """The portfolio's own référentiel, or the BTS SIO one shipped with the model."""
    own = portfolio.get("referential")
    if own and own.get("competencies"):
        return own
    with open(DEFAULT_REFERENTIAL, encoding="utf-8") as f:
        return json.load(f)


def random_codes(rng, referential):
    """One to four competencies; each as its own code or one of its sub-competencies."""
    comps = referential["competencies"]
    k = rng.choices([1, 2, 3, 4], weights=[3, 4, 3, 1])[0]
    codes = []
    for c in rng.sample(comps, min(k, len(comps))):
        subs = [s["code"] for s in c.get("subCompetencies", [])]
        if subs and rng.random() < 0.8:
            codes.append(rng.choice(subs))
        else:
            codes.append(c["code"])
    return codes


def random_period(rng):
    start = datetime.date(2025, 9, 1) + datetime.timedelta(days=rng.randrange(0, 640))
    end = start + datetime.timedelta(days=rng.randrange(1, 70))
    return start.isoformat(), end.isoformat()


def make(portfolio, n, seed):
    rng = random.Random(seed)
    templates = portfolio.get("realisations") or []
    if not templates:
        sys.exit("error: the input portfolio has no réalisation to copy")
    referential = load_referential(portfolio)
    work_ids = {w.get("id") for w in portfolio.get("work", []) if w.get("id")}
    # The internship each cadre refers to, as in the templates.
    work_of_cadre = {}
    for t in templates:
        if t.get("work") in work_ids and t.get("cadre") in ("pro1", "pro2"):
            work_of_cadre.setdefault(t["cadre"], t["work"])
    technologies = sorted({x for t in templates for x in t.get("technologies", [])})
    width = max(4, len(str(n)))
    out = []
    for i in range(n):
        t = templates[i % len(templates)]
        r = copy.deepcopy(t)
        number = f"{i + 1:0{width}d}"
        base = t["id"][: 63 - len(number)].rstrip("-")
        r["id"] = f"{base}-{number}"
        org = rng.choice(ORGANISATIONS)
        verb = rng.choice(VERBS)
        r["name"] = f"{t['name']} ({verb.lower()}, {org}, n° {i + 1})"
        r["organization"] = org
        summary = t.get("summary", "")
        r["summary"] = f"{verb} pour {org}. {summary}".strip()
        cadre = rng.choices(CADRES, weights=[4, 3, 3])[0]
        r["cadre"] = cadre
        if cadre in work_of_cadre:
            r["work"] = work_of_cadre[cadre]
        else:
            r.pop("work", None)
        r["startDate"], r["endDate"] = random_period(rng)
        r["competencies"] = random_codes(rng, referential)
        if technologies:
            r["technologies"] = rng.sample(technologies, min(len(technologies), rng.randint(2, 6)))
        r["teamSize"] = rng.randint(1, 4)
        out.append(r)
    result = dict(portfolio)
    result["realisations"] = out
    return result, referential


def top_level_codes(referential):
    """Each competency or sub-competency code, mapped to its competency's code."""
    known = {}
    for c in referential["competencies"]:
        known[c["code"]] = c["code"]
        for sub in c.get("subCompetencies", []):
            known[sub["code"]] = c["code"]
    return known


def main():
    parser = argparse.ArgumentParser(description="Writes a portfolio with N réalisations.")
    parser.add_argument("n", type=int, help="number of réalisations")
    parser.add_argument("input", help="portfolio to copy (data/portfolio.json)")
    parser.add_argument("output", help="file to write")
    parser.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    args = parser.parse_args()
    if args.n < 1:
        sys.exit("error: N must be at least 1")
    with open(args.input, encoding="utf-8") as f:
        portfolio = json.load(f)
    result, referential = make(portfolio, args.n, args.seed)
    known = top_level_codes(referential)
    with open(args.output, "w", encoding="utf-8") as f:
        json.dump(result, f, ensure_ascii=False, indent=2)
        f.write("\n")
    per_comp = {c["code"]: 0 for c in referential["competencies"]}
    per_cadre = {c: 0 for c in CADRES}
    for r in result["realisations"]:
        per_cadre[r["cadre"]] += 1
        for top in {known[code] for code in r["competencies"]}:
            per_comp[top] += 1
    size = pathlib.Path(args.output).stat().st_size
    print(f"wrote {args.output}: {args.n} réalisations, {size} bytes")
    print("  per cadre: " + ", ".join(f"{k} {v}" for k, v in per_cadre.items()))
    print("  per competency: " + ", ".join(f"{k} {v}" for k, v in per_comp.items()))


if __name__ == "__main__":
    main()
