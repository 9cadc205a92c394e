#!/usr/bin/env python3
"""Generate the documents of the example portfolio (data/portfolio.json).

Everything under public/documents/ is written by this script: one-page PDFs
(CV, attestations de stage, procedures, user guides), SVG diagrams, a text
script, a CSV file and the OpenGraph image. The student, the organisations
and the documents are fictional; every PDF says so in its footer.

Usage (from the repository root):

    python3 -m venv .tools/pdfvenv
    .tools/pdfvenv/bin/pip install fpdf2 pillow
    .tools/pdfvenv/bin/python scripts/make-example-documents.py

The output is deterministic (fixed creation dates), so regenerating the files
gives byte-identical results and no spurious diff.
"""

import datetime
import math
import pathlib
import sys

from fpdf import FPDF
from fpdf.enums import XPos, YPos

ROOT = pathlib.Path(__file__).resolve().parent.parent
OUT = ROOT / "public" / "documents"

STUDENT = "Camille Girard"
# Fixed date so that regenerated PDFs are byte-identical.
CREATED = datetime.datetime(2027, 3, 1, 9, 0, 0, tzinfo=datetime.timezone.utc)
FOOTER = "Document fictif d'exemple - portfolio Cyberfolio, BTS SIO session 2027"

NBSP = "\u00a0"

# Palette shared by PDFs and SVGs.
BLUE = (29, 78, 137)
TEAL = (15, 118, 110)
GREY = (90, 90, 90)
LIGHT = (234, 240, 247)


def latin(text):
    """Return text that the PDF core fonts can encode (latin-1)."""
    replacements = {
        "\u2019": "'", "\u2018": "'", "\u0153": "oe", "\u0152": "OE",
        "\u2014": "-", "\u2013": "-", "\u2026": "...", "\u202f": NBSP,
        "\u20ac": "EUR", "\u2192": "->", "\u2022": "-",
    }
    for old, new in replacements.items():
        text = text.replace(old, new)
    text.encode("latin-1")  # fail loudly on any character left over
    return text


def fr(text):
    """Apply French spacing: non-breaking spaces inside « » and before : ; ! ? %"""
    text = text.replace("« ", "«" + NBSP).replace(" »", NBSP + "»")
    for mark in ":;!?%":
        text = text.replace(" " + mark, NBSP + mark)
    return text


class Doc(FPDF):
    """An A4 page with a coloured title band and a 'fictional' footer."""

    def __init__(self, title, subtitle=""):
        super().__init__(format="A4")
        self.doc_title = title
        self.set_margins(20, 16, 20)
        self.set_auto_page_break(True, 18)
        self.set_title(latin(fr(title)))
        self.set_author(STUDENT)
        self.set_subject(latin(subtitle or title))
        self.set_creator("scripts/make-example-documents.py (Cyberfolio)")
        self.set_lang("fr-FR")
        self.set_creation_date(CREATED)
        self.add_page()
        self.band(title, subtitle)

    def band(self, title, subtitle):
        self.set_fill_color(*BLUE)
        self.rect(0, 0, 210, 30, style="F")
        self.set_text_color(255, 255, 255)
        self.set_xy(20, 8)
        self.set_font("Helvetica", "B", 16)
        self.cell(0, 8, latin(fr(title)), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        if subtitle:
            self.set_font("Helvetica", "", 10)
            self.cell(0, 6, latin(fr(subtitle)), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_text_color(0, 0, 0)
        self.set_y(36)

    def footer(self):
        self.set_y(-13)
        self.set_font("Helvetica", "I", 7.5)
        self.set_text_color(*GREY)
        self.cell(0, 5, latin(FOOTER), align="C")
        self.set_text_color(0, 0, 0)

    # Content blocks -----------------------------------------------------

    def heading(self, text):
        self.ln(2)
        self.set_font("Helvetica", "B", 11.5)
        self.set_text_color(*BLUE)
        self.cell(0, 7, latin(fr(text)), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_draw_color(*BLUE)
        self.set_line_width(0.3)
        self.line(20, self.get_y(), 190, self.get_y())
        self.ln(1.5)
        self.set_text_color(0, 0, 0)

    def para(self, text, size=10, style=""):
        self.set_font("Helvetica", style, size)
        self.multi_cell(0, 5, latin(fr(text)), align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.ln(1)

    def bullets(self, items, size=10, numbered=False):
        self.set_font("Helvetica", "", size)
        for i, item in enumerate(items, 1):
            mark = f"{i}." if numbered else "-"
            self.set_x(23)
            self.cell(6, 5, mark)
            self.multi_cell(0, 5, latin(fr(item)), align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.ln(1)

    def pairs(self, rows, width=48, size=10):
        for key, value in rows:
            self.set_font("Helvetica", "B", size)
            self.cell(width, 5.5, latin(fr(key)))
            self.set_font("Helvetica", "", size)
            self.multi_cell(0, 5.5, latin(fr(value)), align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.ln(1)

    def code(self, text, size=8.5):
        self.set_font("Courier", "", size)
        self.set_fill_color(*LIGHT)
        self.multi_cell(0, 4.2, latin(text), fill=True, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.ln(1.5)

    def table(self, header, rows, widths, size=9):
        self.set_font("Helvetica", "B", size)
        self.set_fill_color(*LIGHT)
        for text, w in zip(header, widths):
            self.cell(w, 6, latin(fr(text)), border=1, fill=True)
        self.ln()
        self.set_font("Helvetica", "", size)
        for row in rows:
            for text, w in zip(row, widths):
                if self.get_string_width(latin(fr(text))) > w - 2:
                    sys.exit(f"{self.doc_title}: table cell too narrow for {text!r}")
                self.cell(w, 5.5, latin(fr(text)), border=1)
            self.ln()
        self.ln(2)

    def signature(self, name, role, place_date, seed=1.0):
        """A signature block with a drawn squiggle and a stamp frame."""
        self.ln(3)
        y = self.get_y()
        self.set_font("Helvetica", "", 10)
        self.cell(0, 5, latin(fr(place_date)), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_font("Helvetica", "B", 10)
        self.cell(0, 5, latin(name), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_font("Helvetica", "", 9.5)
        self.cell(0, 5, latin(fr(role)), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        points = []
        for i in range(60):
            t = i / 59
            x = 24 + 55 * t
            yy = y + 24 + 4.5 * math.sin(t * 11 * seed) * (1 - t * 0.6) - 3 * t
            points.append((x, yy))
        self.set_draw_color(20, 40, 120)
        self.set_line_width(0.5)
        self.polyline(points)
        self.line(30, y + 31, 70, y + 29)
        self.set_draw_color(*TEAL)
        self.set_line_width(0.6)
        self.rect(125, y, 60, 28, round_corners=True, style="D")
        self.set_text_color(*TEAL)
        self.set_font("Helvetica", "B", 8.5)
        self.set_xy(125, y + 9)
        self.cell(60, 5, "Cachet de l'organisme", align="C")
        self.set_xy(125, y + 14)
        self.set_font("Helvetica", "", 7.5)
        self.cell(60, 5, "(reproduction fictive)", align="C")
        self.set_text_color(0, 0, 0)
        self.set_draw_color(0, 0, 0)
        self.set_y(y + 36)

    def save(self, name):
        if self.page_no() != 1:
            sys.exit(f"{name}: {self.page_no()} pages, expected 1")
        path = OUT / name
        self.output(str(path))
        return path


# ---------------------------------------------------------------------------
# PDFs
# ---------------------------------------------------------------------------


def cv():
    d = Doc("Camille Girard", "Étudiante en BTS SIO option SISR - recherche d'une licence professionnelle en alternance")
    d.set_font("Helvetica", "", 9.5)
    d.multi_cell(0, 5, latin("La Rochelle (17)  |  camille.girard@example.fr  |  06 39 98 42 17  |  "
                             "https://cgirard-sio.github.io/cyberfolio/  |  github.com/cgirard-sio"),
                 align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    d.heading("Formation")
    d.pairs([
        ("2025-2027", "BTS SIO option SISR, lycée Aliénor-des-Pertuis, La Rochelle (session 2027)"),
        ("2022-2025", "Baccalauréat STI2D spécialité SIN, lycée des Trois-Ports, Rochefort - mention bien"),
    ], width=34, size=9.5)
    d.heading("Expériences")
    d.pairs([
        ("janv.-févr. 2027", "Stagiaire technicienne systèmes et réseaux, Atlantique Numérique Services (ESN), "
                             "Périgny - 7 semaines : sauvegardes BorgBackup, Nextcloud, MFA, renouvellement de postes"),
        ("juil.-août 2026", "Employée polyvalente (emploi saisonnier), camping Les Pertuis, Île de Ré"),
        ("mai-juin 2026", "Stagiaire technicienne informatique, mairie de Saint-Aubin-des-Marais - 6 semaines : "
                          "inventaire GLPI, helpdesk, sauvegardes Veeam, site de la commune"),
    ], width=34, size=9.5)
    d.heading("Compétences")
    d.pairs([
        ("Réseaux", "VLAN, routage inter-VLAN, Cisco IOS, pfSense, DHCP, DNS"),
        ("Systèmes", "Windows Server 2022, Active Directory, GPO, Debian 12, Proxmox VE"),
        ("Sécurité", "pare-feu, MFA, sauvegarde 3-2-1, guide d'hygiène de l'ANSSI, RGPD"),
        ("Supervision", "Zabbix, Veeam Backup & Replication, BorgBackup"),
        ("Scripts et web", "Bash, PowerShell, Python, HTML/CSS, WordPress"),
        ("Outils", "GLPI, Git et GitHub, GanttProject, Trello, Markdown"),
    ], width=34, size=9.5)
    d.heading("Certifications")
    d.bullets([
        "Certification Pix (512 pix), mars 2026",
        "SecNumacadémie, MOOC de l'ANSSI, février 2026",
        "Cisco CCNA 1 : Introduction to Networks (ITN), janvier 2026",
    ], size=9.5)
    d.heading("Langues et centres d'intérêt")
    d.para("Français : langue maternelle. Anglais : B2. Espagnol : A2.", size=9.5)
    d.para("Voile (dériveur, régates de club) ; homelab Proxmox et Raspberry Pi ; challenges de sécurité (CTF).", size=9.5)
    d.save("cv-camille-girard.pdf")


def attestation(name, org, address, period, weeks, hours, missions, tutor, signed, role, place_date, seed):
    d = Doc("Attestation de stage", org)
    d.para(address, size=9.5)
    d.ln(2)
    d.para(f"Je {signed}, {tutor}, {role}, atteste que :", size=10.5)
    d.pairs([
        ("Stagiaire", "Camille Girard, étudiante en BTS Services informatiques aux organisations, option SISR"),
        ("Établissement", "Lycée Aliénor-des-Pertuis, La Rochelle (17)"),
        ("Période", period),
        ("Durée", f"{weeks} semaines ({hours} heures)"),
        ("Tuteur", f"{tutor}, {role}"),
    ], width=32)
    d.para("a effectué un stage dans notre organisation au cours duquel elle a réalisé les missions suivantes :")
    d.bullets(missions)
    d.para("Le stage s'est déroulé dans de bonnes conditions ; la stagiaire a fait preuve d'autonomie, "
           "de rigueur dans la documentation et d'un bon contact avec les utilisateurs.")
    d.para("Attestation délivrée pour servir et valoir ce que de droit, notamment pour le dossier de "
           "l'épreuve E5 du BTS SIO.")
    d.signature(tutor, role, place_date, seed)
    d.save(name)


def attestations():
    attestation(
        "attestation-stage-1.pdf", "Mairie de Saint-Aubin-des-Marais",
        "Mairie de Saint-Aubin-des-Marais, 1 place de la République, 17999 Saint-Aubin-des-Marais (adresse fictive)",
        "du 18/05/2026 au 26/06/2026", 6, 210,
        [
            "inventaire du parc (62 postes, 9 imprimantes, 14 équipements réseau) avec GLPI et l'agent GLPI ;",
            "mise en service du helpdesk GLPI et traitement de 71 tickets de niveau 1 ;",
            "sauvegarde du serveur de fichiers avec Veeam et test de restauration documenté ;",
            "mise à jour du site Internet de la commune (WordPress) et des pages d'accessibilité.",
        ],
        "Julien Bertaud", "soussigné", "responsable informatique", "Fait à Saint-Aubin-des-Marais, le 26 juin 2026", 1.0,
    )
    attestation(
        "attestation-stage-2.pdf", "Atlantique Numérique Services (ESN)",
        "Atlantique Numérique Services SAS, 12 rue des Entrepreneurs, 17998 Périgny (adresse fictive)",
        "du 04/01/2027 au 19/02/2027", 7, 245,
        [
            "planification et suivi du renouvellement de 28 postes chez un client (GanttProject, Trello) ;",
            "mise en place de sauvegardes externalisées BorgBackup avec test de restauration ;",
            "déploiement d'un serveur Nextcloud, recette et guide utilisateur ;",
            "support de niveau 1 et activation de l'authentification multifacteur Microsoft 365.",
        ],
        "Sophie Renaud", "soussignée", "responsable du pôle infogérance", "Fait à Périgny, le 19 février 2027", 1.3,
    )


def certification_pix():
    d = Doc("Certification Pix", "Attestation de résultat - reproduction fictive pour l'exemple")
    d.pairs([
        ("Candidate", "Camille Girard"),
        ("Date de passage", "12 mars 2026"),
        ("Centre", "Lycée Aliénor-des-Pertuis, La Rochelle"),
        ("Score certifié", "512 pix"),
        ("Code de vérification", "P-EXEMPLE-0000 (fictif)"),
    ], width=45)
    d.heading("Niveaux par compétence")
    d.table(["Domaine", "Compétence", "Niveau"], [
        ("Information et données", "Mener une recherche et une veille", "5"),
        ("Information et données", "Gérer des données", "5"),
        ("Communication", "Interagir", "4"),
        ("Création de contenu", "Programmer", "5"),
        ("Protection et sécurité", "Sécuriser l'environnement numérique", "5"),
        ("Protection et sécurité", "Protéger les données personnelles", "4"),
        ("Environnement numérique", "Résoudre des problèmes techniques", "6"),
    ], [52, 90, 28])
    d.para("La certification Pix est reconnue par le Cadre de référence des compétences numériques (CRCN). "
           "La vraie attestation se vérifie sur le site de Pix avec son code de vérification.", size=9)
    d.save("certification-pix.pdf")


def certification_secnum():
    d = Doc("Attestation de suivi SecNumacadémie", "MOOC de l'ANSSI - reproduction fictive pour l'exemple")
    d.para("Le MOOC SecNumacadémie de l'Agence nationale de la sécurité des systèmes d'information "
           "initie à la cybersécurité en quatre modules, chacun validé par une évaluation.")
    d.pairs([("Apprenante", "Camille Girard"), ("Date de fin", "20 février 2026")], width=40)
    d.table(["Module", "Intitulé", "Résultat"], [
        ("1", "Panorama de la SSI", "validé"),
        ("2", "Sécurité de l'authentification", "validé"),
        ("3", "Sécurité sur Internet", "validé"),
        ("4", "Sécurité du poste de travail et nomadisme", "validé"),
    ], [20, 110, 40])
    d.para("Ce que j'en retiens : la gestion des mots de passe et l'authentification multifacteur, "
           "sujet que j'ai ensuite choisi pour ma veille technologique.", size=9.5)
    d.save("attestation-secnumacademie.pdf")


def procedure_vlan():
    d = Doc("Procédure : segmentation VLAN avec pfSense", "Réalisation en formation - réseau de la PME fictive Océane Logistique")
    d.heading("Plan d'adressage")
    d.table(["VLAN", "Nom", "Réseau", "Passerelle (pfSense)"], [
        ("10", "Administration", "192.168.10.0/24", "192.168.10.254"),
        ("20", "Production", "192.168.20.0/24", "192.168.20.254"),
        ("30", "Serveurs", "192.168.30.0/24", "192.168.30.254"),
        ("99", "Gestion", "192.168.99.0/24", "192.168.99.254"),
    ], [20, 45, 50, 55])
    d.heading("1. Commutateur Cisco 2960")
    d.code("vlan 10\n name ADMINISTRATION\nvlan 20\n name PRODUCTION\nvlan 30\n name SERVEURS\n"
           "interface range fa0/1-12\n switchport mode access\n switchport access vlan 10\n"
           "interface gi0/1\n switchport mode trunk\n switchport trunk allowed vlan 10,20,30,99")
    d.heading("2. pfSense")
    d.bullets([
        "Interfaces > Assignments > VLANs : créer les VLAN 10, 20, 30 et 99 sur l'interface LAN (em1).",
        "Attribuer une interface à chaque VLAN, adresse .254, serveur DHCP sauf pour le VLAN 30.",
        "Règles de pare-feu : Production n'accède qu'aux serveurs (ports 53, 445, 443) ; Gestion est réservé au poste de l'administrateur.",
    ])
    d.heading("3. Tests")
    d.bullets([
        "Un poste du VLAN 20 obtient une adresse en 192.168.20.x (ipconfig /all).",
        "ping 192.168.30.10 depuis le VLAN 20 : réponse ; ping 192.168.10.5 : bloqué (journal pfSense).",
        "Trunk vérifié avec show interfaces trunk.",
    ])
    d.save("procedure-vlan-pfsense.pdf")


def procedure_ad():
    d = Doc("Procédure : Active Directory, GPO et habilitations", "Réalisation en formation - cabinet d'avocats fictif Lambert")
    d.heading("Domaine et arborescence")
    d.para("Domaine lambert.internal sur Windows Server 2022 (deux contrôleurs de domaine, DNS intégré). "
           "Unités d'organisation : Cabinet > Utilisateurs (Associés, Collaborateurs, Secrétariat), "
           "Ordinateurs (Postes, Portables), Groupes.")
    d.heading("Habilitations (méthode AGDLP)")
    d.bullets([
        "Les comptes sont placés dans des groupes globaux par métier : GG_Associes, GG_Collaborateurs, GG_Secretariat.",
        "Les groupes globaux sont membres de groupes locaux de domaine par ressource et par droit : GL_Dossiers_RW, GL_Dossiers_R, GL_Compta_RW.",
        "Les droits NTFS ne sont donnés qu'aux groupes locaux : aucun droit nominatif.",
    ])
    d.heading("Stratégies de groupe")
    d.table(["GPO", "Liée à", "Effet"], [
        ("GPO_MotsDePasse", "domaine", "12 caractères minimum, verrouillage après 5 échecs"),
        ("GPO_Lecteurs", "Utilisateurs", "lecteurs réseau P: et S: selon le groupe"),
        ("GPO_Charte", "Utilisateurs", "message de la charte informatique à l'ouverture"),
        ("GPO_USB", "Postes", "stockage USB en lecture seule"),
    ], [38, 32, 100])
    d.heading("Vérification")
    d.code("Get-ADGroupMember GG_Secretariat\ngpresult /r /scope user\n"
           "Get-Acl \\\\SRV-FIC\\Dossiers | Format-List")
    d.para("Test avec un compte de chaque groupe : le secrétariat lit les dossiers sans pouvoir les modifier, "
           "la comptabilité n'est visible que des associés.")
    d.save("procedure-ad-gpo.pdf")


def rapport_referencement():
    d = Doc("Rapport de référencement", "Site vitrine de l'association Les Voiles du Pertuis (réalisation en formation)")
    d.heading("Travaux réalisés")
    d.bullets([
        "Site WordPress (thème léger, 9 pages) : accueil, stages, tarifs, calendrier des régates, contact.",
        "Extension Yoast SEO : titres et méta-descriptions, plan du site XML transmis à la Search Console.",
        "Images converties en WebP (poids moyen divisé par 4), textes alternatifs renseignés.",
        "Mentions légales, bandeau de consentement et mesure d'audience Matomo exemptée de consentement (recommandation CNIL).",
        "Calendrier des régates alimenté par un tableur exporté en CSV (extension de tableaux).",
    ])
    d.heading("Mesure de la visibilité (4 semaines)")
    d.table(["Indicateur", "Avant", "Après", "Source"], [
        ("Pages indexées", "2", "9", "Search Console"),
        ("Position « stage voile La Rochelle »", "> 50", "14", "Search Console"),
        ("Visites par semaine", "35", "120", "Matomo"),
        ("Score Lighthouse performance", "48", "91", "Lighthouse"),
    ], [70, 25, 25, 50])
    d.heading("Suites proposées")
    d.bullets([
        "Créer la fiche d'établissement de l'association sur les annuaires locaux.",
        "Publier un article par mois (comptes rendus de régates) pour entretenir le référencement.",
    ])
    d.save("rapport-referencement-voiles.pdf")


def procedure_zabbix():
    d = Doc("Procédure : supervision avec Zabbix 7.0", "Réalisation en formation - PME fictive Océane Logistique")
    d.heading("Installation du serveur (Debian 12)")
    d.code("wget https://repo.zabbix.com/zabbix/7.0/debian/pool/main/z/zabbix-release/zabbix-release_latest+debian12_all.deb\n"
           "dpkg -i zabbix-release_latest+debian12_all.deb && apt update\n"
           "apt install zabbix-server-mysql zabbix-frontend-php zabbix-apache-conf zabbix-sql-scripts zabbix-agent2")
    d.heading("Hôtes supervisés")
    d.table(["Hôte", "Modèle", "Éléments clés"], [
        ("SRV-AD01 (Windows)", "Windows by Zabbix agent", "services AD, DNS, disque C:"),
        ("SRV-FIC (Debian)", "Linux by Zabbix agent", "espace disque, Samba"),
        ("pfSense", "pfSense by SNMP", "état des interfaces, débit WAN"),
        ("SW-CORE (Cisco)", "Cisco IOS by SNMP", "ports, température"),
    ], [45, 55, 70])
    d.heading("Alertes")
    d.bullets([
        "Déclencheurs : disque > 85 %, service arrêté, hôte injoignable depuis 3 minutes.",
        "Action : courriel à l'équipe support et création d'un ticket (GLPI, collecteur de courriels).",
    ])
    d.heading("Test d'acceptation")
    d.para("Arrêt volontaire du service DNS sur SRV-AD01 : alerte reçue en 2 min 10 s, ticket créé, "
           "retour à la normale détecté après redémarrage du service.")
    d.save("procedure-zabbix.pdf")


def plan_veille():
    d = Doc("Plan de veille et identité numérique", "Organisation de mon développement professionnel")
    d.heading("Environnement d'apprentissage")
    d.bullets([
        "Homelab : Proxmox VE sur un mini-PC reconditionné, Raspberry Pi pour les tests réseau.",
        "Documentation personnelle en Markdown, versionnée sur GitHub.",
        "Entraînement : Cisco Networking Academy, plateformes de CTF, MOOC SecNumacadémie.",
    ])
    d.heading("Veille : « La sécurisation des accès à distance : MFA et passkeys »")
    d.pairs([
        ("Collecte", "flux RSS dans Inoreader, alertes par mots-clés, comptes d'experts sur Mastodon"),
        ("Tri", "15 minutes par jour, lecture approfondie le vendredi"),
        ("Archivage", "Zotero, avec une note de synthèse par article"),
        ("Diffusion", "un article résumé par mois dans la section Veille du portfolio"),
    ], width=28)
    d.heading("Identité professionnelle")
    d.bullets([
        "Profil LinkedIn à jour, photo neutre, publications liées à la veille.",
        "Compte GitHub : portfolio Cyberfolio et scripts publiés (sans données clientes).",
        "Vérification trimestrielle de ce qu'un recruteur trouve en cherchant mon nom.",
    ])
    d.heading("Projet professionnel")
    d.para("Poursuite d'études en licence professionnelle « Administration et sécurité des réseaux » "
           "en alternance, puis poste d'administratrice systèmes et réseaux en collectivité ou en ESN.")
    d.save("plan-de-veille.pdf")


def procedure_glpi():
    d = Doc("Procédure : inventaire du parc avec GLPI", "Stage de 1re année - mairie de Saint-Aubin-des-Marais")
    d.heading("Contexte")
    d.para("Le parc était suivi dans un tableur incomplet. GLPI 10 était installé mais vide. "
           "Objectif : un inventaire automatique et à jour, conforme aux catégories du service.")
    d.heading("Déploiement de l'agent GLPI (successeur de FusionInventory)")
    d.bullets([
        "Activer l'inventaire natif : Administration > Inventaire > Activer l'inventaire.",
        "Postes Windows : package MSI de l'agent GLPI déployé par GPO (installation silencieuse).",
        "Serveurs Debian : paquet glpi-agent, tâche planifiée quotidienne.",
        "Imprimantes et commutateurs : découverte réseau SNMP depuis un agent relais.",
    ])
    d.code("msiexec /i GLPI-Agent-x64.msi /quiet SERVER=\"https://glpi.mairie.internal/\" "
           "RUNNOW=1 TAG=\"MAIRIE\"")
    d.heading("Normalisation")
    d.bullets([
        "Nommage : PC-<service>-<numéro>, règles d'import pour rattacher chaque poste à son lieu.",
        "Statuts ITIL : en stock, en service, en réparation, au rebut.",
        "Dictionnaire des logiciels pour regrouper les versions.",
    ])
    d.heading("Résultat")
    d.table(["Catégorie", "Inventoriés", "Écart avec le tableur"], [
        ("Postes et portables", "62", "+7 non référencés"),
        ("Imprimantes", "9", "2 à sortir du parc"),
        ("Équipements réseau", "14", "+3"),
    ], [60, 40, 70])
    d.save("procedure-glpi-agent.pdf")


def guide_helpdesk():
    d = Doc("Guide : signaler un incident au service informatique", "Mairie de Saint-Aubin-des-Marais - à l'attention des agents")
    d.heading("Pourquoi passer par le helpdesk ?")
    d.para("Chaque demande est enregistrée, suivie et traitée par ordre de priorité. Vous êtes informé "
           "par courriel à chaque étape et vous pouvez consulter l'historique de vos demandes.")
    d.heading("Créer un ticket")
    d.bullets([
        "Ouvrir l'icône « Assistance informatique » sur le bureau (ou écrire à support@mairie.internal).",
        "Choisir Incident (quelque chose ne marche plus) ou Demande (besoin nouveau).",
        "Choisir la catégorie : poste, impression, messagerie, logiciel métier, téléphonie.",
        "Décrire le problème : ce que vous faisiez, le message d'erreur, une capture si possible.",
        "Indiquer l'urgence : un service bloqué passe avant un confort.",
    ], numbered=True)
    d.heading("Délais de prise en charge")
    d.table(["Urgence", "Exemple", "Prise en charge"], [
        ("Haute", "état civil ou accueil bloqué", "dans l'heure"),
        ("Moyenne", "imprimante d'un service en panne", "dans la demi-journée"),
        ("Basse", "installation d'un logiciel", "sous 3 jours ouvrés"),
    ], [30, 80, 60])
    d.heading("Bilan du stage")
    d.para("71 tickets traités en 5 semaines : 46 incidents, 25 demandes ; 58 résolus au niveau 1, "
           "13 transmis au prestataire (logiciel métier, téléphonie). Délai moyen de résolution : 1,6 jour.")
    d.save("guide-helpdesk-mairie.pdf")


def procedure_veeam():
    d = Doc("Procédure : sauvegarde et restauration avec Veeam", "Stage de 1re année - mairie de Saint-Aubin-des-Marais")
    d.heading("Existant et besoin")
    d.para("Le serveur de fichiers (machine virtuelle Hyper-V, Windows Server 2019, 380 Go) était copié chaque semaine sur un disque USB, "
           "jamais testé. Besoin : sauvegarde quotidienne, rétention d'un mois, copie hors du bâtiment.")
    d.heading("Mise en place (Veeam Backup & Replication Community Edition)")
    d.bullets([
        "Dépôt principal : NAS dans le local technique, compte de service dédié, partage non mappé.",
        "Travail quotidien à 20 h, incrémental permanent, synthétique complet le samedi, 30 points de restauration.",
        "Copie de sauvegarde vers un second NAS à la médiathèque (règle 3-2-1).",
        "Notification par courriel du résultat de chaque travail.",
    ])
    d.heading("Test de restauration (11 juin 2026)")
    d.table(["Test", "Résultat", "Durée"], [
        ("Restauration d'un fichier supprimé (fichiers invités)", "conforme", "3 min"),
        ("Restauration du dossier Urbanisme (12 Go) à un autre emplacement", "conforme", "14 min"),
        ("Instant VM Recovery sur un hôte Hyper-V isolé", "conforme", "22 min"),
    ], [105, 35, 30])
    d.para("Contrôle : empreintes SHA-256 identiques entre l'original et la restauration sur un échantillon de 50 fichiers.")
    d.save("procedure-restauration-veeam.pdf")


def compte_rendu_site():
    d = Doc("Compte rendu : mise à jour du site de la commune", "Stage de 1re année - mairie de Saint-Aubin-des-Marais")
    d.heading("Demande")
    d.para("Le service communication souhaitait publier les horaires d'été, l'agenda des manifestations "
           "et corriger la déclaration d'accessibilité, sans refaire le site WordPress existant.")
    d.heading("Réalisé")
    d.bullets([
        "Mises à jour de WordPress et de 6 extensions après sauvegarde, sur un site de préproduction d'abord.",
        "Agenda alimenté par l'export de l'agenda partagé du service communication.",
        "Vérification des photos publiées : autorisation de droit à l'image pour chaque personne reconnaissable.",
        "Déclaration d'accessibilité mise à jour (RGAA 4.1) après un audit rapide avec l'extension WAVE.",
        "Mentions légales : hébergeur, directeur de publication, gestion des cookies.",
    ])
    d.heading("Mesures")
    d.table(["Indicateur", "Avant", "Après"], [
        ("Erreurs d'accessibilité détectées (accueil)", "23", "4"),
        ("Score Lighthouse accessibilité", "71", "94"),
        ("Pages sans méta-description", "18", "0"),
    ], [100, 35, 35])
    d.save("compte-rendu-site-mairie.pdf")


def planning_renouvellement():
    d = Doc("Planning : renouvellement de 28 postes", "Stage de 2e année - client Daguerre & Associés (cabinet comptable fictif)")
    d.heading("Objectifs et contraintes")
    d.bullets([
        "Remplacer 28 postes sous Windows 10 (fin de support) par des postes sous Windows 11 avant le 19 février 2027.",
        "Aucune interruption pendant la période fiscale : au plus 4 postes remplacés par demi-journée.",
        "Budget validé : 27 500 EUR HT, matériel compris.",
    ])
    d.heading("Jalons")
    d.table(["Tâche", "Prévu", "Réel", "Écart"], [
        ("Recensement et profils utilisateurs", "S1", "S1", "0"),
        ("Devis et commande", "S1-S2", "S1-S2", "0"),
        ("Image Windows 11 et tests", "S2-S3", "S2-S3", "0"),
        ("Pilote (3 postes)", "S3", "S3-S4", "+2 j"),
        ("Vague 1 (12 postes)", "S4-S5", "S4-S5", "+1 j"),
        ("Vague 2 (13 postes)", "S5-S6", "S6", "+2 j"),
        ("Bilan et recyclage (filière DEEE)", "S7", "S7", "0"),
    ], [80, 30, 30, 30])
    d.heading("Indicateurs de suivi")
    d.bullets([
        "Postes remplacés / prévus chaque vendredi (tableau Trello, colonne « Terminé »).",
        "Tickets ouverts après migration : 9 (objectif inférieur à 10).",
        "Retard de 2 jours au plus (pilote, vague 2), absorbé par la marge de la semaine 7 : fin à la date prévue.",
    ])
    d.para("Cause principale de l'écart : un logiciel de liasse fiscale incompatible avec l'image, corrigé "
           "par une mise à jour fournie par l'éditeur.", size=9.5)
    d.save("planning-renouvellement-postes.pdf")


def procedure_borg():
    d = Doc("Procédure : sauvegarde externalisée avec BorgBackup", "Stage de 2e année - client Atelier Morin Architectes (fictif)")
    d.heading("Architecture")
    d.para("Le serveur de fichiers Debian 13 du client envoie chaque nuit une sauvegarde dédupliquée et chiffrée "
           "(mode repokey-blake2) vers le serveur de sauvegarde de l'ESN, par SSH avec une clé restreinte à borg serve.")
    d.heading("Mise en place")
    d.code("borg init --encryption=repokey-blake2 ssh://borg@sauvegarde.ans.internal/./morin\n"
           "# authorized_keys on the backup server:\n"
           "command=\"borg serve --restrict-to-path /srv/borg/morin --append-only\",restrict ssh-ed25519 AAAA...")
    d.bullets([
        "Script borg-backup.sh lancé par un timer systemd à 1 h : création, rétention, compactage.",
        "Rétention : 7 quotidiennes, 4 hebdomadaires, 6 mensuelles.",
        "Phrase de passe et clé exportée (borg key export) stockées dans le coffre KeePassXC de l'ESN.",
        "Mode append-only : un rançongiciel sur le client ne peut pas effacer les archives.",
    ])
    d.heading("Test de restauration")
    d.code("borg list ssh://borg@sauvegarde.ans.internal/./morin\n"
           "borg extract --dry-run ...::morin-2027-01-27\n"
           "borg mount ...::morin-2027-01-27 /mnt/restore")
    d.para("Restauration complète (186 Go) sur une machine de test en 2 h 05 ; comparaison avec diff -r : aucune différence. "
           "Vérification mensuelle planifiée avec borg check.")
    d.save("procedure-borg.pdf")


def guide_nextcloud():
    d = Doc("Guide utilisateur : Nextcloud", "Atelier Morin Architectes - vos fichiers au bureau et en déplacement")
    d.heading("Se connecter")
    d.bullets([
        "Adresse : https://cloud.atelier-morin.example.com (identifiant et mot de passe de votre session Windows).",
        "Première connexion : activez la double authentification (application TOTP) dans Paramètres > Sécurité.",
    ], numbered=True)
    d.heading("Synchroniser ses dossiers")
    d.bullets([
        "Installez le client de bureau Nextcloud (déjà présent sur les postes de l'agence).",
        "Les dossiers Projets et Administratif apparaissent dans l'Explorateur ; un nuage bleu signale un fichier non téléchargé.",
        "Ne synchronisez pas tout sur un portable : choisissez les dossiers des projets en cours.",
    ])
    d.heading("Partager avec un client ou un bureau d'études")
    d.bullets([
        "Clic droit > Partager > Créer un lien : fixez toujours une date d'expiration et un mot de passe.",
        "Envoyez le mot de passe par un autre canal que le lien (SMS, téléphone).",
        "Pour recevoir des plans volumineux : lien de dépôt seul (le destinataire ne voit pas le dossier).",
    ])
    d.heading("Retrouver une ancienne version")
    d.para("Dans l'interface web, cliquez sur le fichier > Versions : les versions des 30 derniers jours "
           "sont conservées. Un fichier supprimé reste 30 jours dans la Corbeille.")
    d.heading("Besoin d'aide ?")
    d.para("Support Atlantique Numérique Services : support@atlantique-numerique.example.com - 05 99 00 00 00 (numéro fictif).")
    d.save("guide-utilisateur-nextcloud.pdf")


def recette_nextcloud():
    d = Doc("Cahier de recette : Nextcloud", "Stage de 2e année - tests d'intégration et d'acceptation")
    d.pairs([
        ("Version", "Nextcloud (version stable), Debian 13, PHP 8.4, MariaDB, Redis, Apache"),
        ("Intégration", "annuaire Active Directory (LDAP), sauvegarde BorgBackup, supervision Zabbix"),
    ], width=28)
    d.table(["N°", "Test", "Attendu", "Résultat"], [
        ("1", "Connexion avec un compte AD", "accès à ses dossiers", "OK"),
        ("2", "Compte AD désactivé", "connexion refusée", "OK"),
        ("3", "Groupe GG_Projets", "lecture-écriture Projets", "OK"),
        ("4", "Groupe GG_Admin", "seul accès à Administratif", "OK"),
        ("5", "Lien public sans expiration", "refusé par la politique", "OK"),
        ("6", "Fichier de 4 Go", "envoi complet", "KO puis OK"),
        ("7", "Restauration d'une version", "version du jour J-1", "OK"),
        ("8", "Score scan.nextcloud.com", "A ou A+", "A+"),
        ("9", "Synchronisation client Windows", "< 5 min pour 2 Go", "OK"),
        ("10", "Recette utilisateur (2 architectes)", "PV signé", "OK"),
    ], [10, 62, 58, 40], size=8.5)
    d.para("Test 6 : échec initial (limite upload_max_filesize de PHP à 512 Mo) ; correction dans php.ini et "
           "dans la configuration Apache, test rejoué avec succès.", size=9.5)
    d.para("Procès-verbal de recette signé le 11 février 2027 par M. Morin, gérant.", size=9.5)
    d.save("cahier-recette-nextcloud.pdf")


def fiche_mfa():
    d = Doc("Fiche : activer la double authentification (Microsoft 365)", "Transports Lemoine - à l'attention des salariés")
    d.heading("Pourquoi ?")
    d.para("Un mot de passe volé suffit pour lire vos courriels. Avec la double authentification, il faut "
           "aussi votre téléphone : le pirate est bloqué même s'il connaît votre mot de passe.")
    d.heading("Activer Microsoft Authenticator (10 minutes)")
    d.bullets([
        "Installez Microsoft Authenticator sur votre téléphone professionnel.",
        "Sur l'ordinateur, connectez-vous à https://aka.ms/mysecurityinfo.",
        "Cliquez sur Ajouter une méthode > Application d'authentification, puis scannez le QR code.",
        "Validez la notification de test en tapant le nombre affiché à l'écran.",
    ], numbered=True)
    d.heading("Les bons réflexes")
    d.bullets([
        "Ne validez jamais une demande que vous n'avez pas déclenchée : signalez-la au support.",
        "Changement de téléphone : prévenez le support avant de réinitialiser l'ancien.",
        "Sans téléphone (chauffeurs) : une clé de sécurité FIDO2 est fournie sur demande.",
    ])
    d.heading("Déploiement")
    d.para("41 comptes activés en 3 semaines par groupes de 10 ; accès conditionnel bloquant les protocoles "
           "d'authentification hérités ; 2 comptes de secours exclus et surveillés.")
    d.save("fiche-mfa-utilisateurs.pdf")


# ---------------------------------------------------------------------------
# SVG images
# ---------------------------------------------------------------------------

FONT = 'font-family="system-ui, -apple-system, Segoe UI, Roboto, sans-serif"'


def svg(name, width, height, title, body):
    text = (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" role="img" aria-labelledby="t">\n'
        f'<title id="t">{title}</title>\n{body}</svg>\n'
    )
    data = text.encode("utf-8")
    if len(data) >= 6 * 1024:
        sys.exit(f"{name}: {len(data)} bytes, must stay under 6 KB")
    (OUT / name).write_bytes(data)


def box(x, y, w, h, label, sub="", fill="#eaf0f7", stroke="#1d4e89"):
    out = f'<rect x="{x}" y="{y}" width="{w}" height="{h}" rx="8" fill="{fill}" stroke="{stroke}" stroke-width="2"/>'
    cy = y + h / 2 + (-2 if sub else 5)
    out += f'<text x="{x + w / 2}" y="{cy}" text-anchor="middle" font-size="15" font-weight="600">{label}</text>'
    if sub:
        out += f'<text x="{x + w / 2}" y="{cy + 18}" text-anchor="middle" font-size="12" fill="#444">{sub}</text>'
    return out + "\n"


def photo():
    body = (
        '<rect width="240" height="240" fill="#1d4e89"/>\n'
        '<circle cx="120" cy="120" r="92" fill="#0f766e"/>\n'
        f'<text x="120" y="143" text-anchor="middle" {FONT} font-size="72" font-weight="700" '
        'fill="#fff" letter-spacing="4">CG</text>\n'
    )
    svg("photo.svg", 240, 240, "Camille Girard (avatar avec les initiales)", body)


def schema_vlan():
    body = f'<g {FONT} fill="#111">\n<rect width="720" height="420" fill="#fff"/>\n'
    body += box(290, 16, 140, 46, "Internet", "box du FAI", "#f3f4f6", "#6b7280")
    body += box(270, 100, 180, 56, "pfSense", "routage inter-VLAN, filtrage")
    body += box(270, 200, 180, 56, "Cisco 2960", "commutateur, trunk 802.1Q")
    body += '<path d="M360 62v38M360 156v44" stroke="#1d4e89" stroke-width="3"/>\n'
    body += '<text x="372" y="184" font-size="12" fill="#1d4e89">trunk VLAN 10,20,30,99</text>\n'
    vlans = [
        (20, "VLAN 10", "Administration", "192.168.10.0/24", "#dbeafe"),
        (195, "VLAN 20", "Production", "192.168.20.0/24", "#dcfce7"),
        (370, "VLAN 30", "Serveurs", "192.168.30.0/24", "#fef3c7"),
        (545, "VLAN 99", "Gestion", "192.168.99.0/24", "#fce7f3"),
    ]
    for x, tag, name, net, fill in vlans:
        body += f'<path d="M360 256L{x + 77} 310" stroke="#6b7280" stroke-width="2"/>\n'
        body += (f'<rect x="{x}" y="310" width="155" height="84" rx="8" fill="{fill}" stroke="#1d4e89" stroke-width="1.5"/>'
                 f'<text x="{x + 77}" y="334" text-anchor="middle" font-size="15" font-weight="700">{tag}</text>'
                 f'<text x="{x + 77}" y="354" text-anchor="middle" font-size="13">{name}</text>'
                 f'<text x="{x + 77}" y="376" text-anchor="middle" font-size="12" fill="#444">{net}</text>\n')
    body += ('<text x="20" y="120" font-size="12" fill="#444">Règles pfSense :</text>'
             '<text x="20" y="138" font-size="12" fill="#444">Production → Serveurs : 53, 445, 443</text>'
             '<text x="20" y="156" font-size="12" fill="#444">Production → Administration : bloqué</text>'
             '<text x="20" y="174" font-size="12" fill="#444">Gestion : poste admin seulement</text>\n')
    body += "</g>\n"
    svg("schema-vlan.svg", 720, 420, "Schéma de la segmentation en VLAN du réseau d'Océane Logistique", body)


def arborescence_ad():
    body = f'<g {FONT} fill="#111">\n<rect width="720" height="400" fill="#fff"/>\n'
    body += box(260, 16, 200, 50, "lambert.internal", "domaine Active Directory")
    body += box(285, 100, 150, 44, "OU Cabinet")
    body += '<path d="M360 66v34M360 144v30H120v36M360 174v36M360 174h240v36" fill="none" stroke="#1d4e89" stroke-width="2"/>\n'
    cols = [
        (40, "OU Utilisateurs", ["Associés", "Collaborateurs", "Secrétariat"], "GPO_Lecteurs, GPO_Charte"),
        (280, "OU Ordinateurs", ["Postes", "Portables"], "GPO_USB"),
        (520, "OU Groupes", ["GG_Associes", "GG_Secretariat", "GL_Dossiers_RW"], "méthode AGDLP"),
    ]
    for x, title, items, gpo in cols:
        body += box(x, 210, 160, 40, title, "", "#dbeafe")
        for i, item in enumerate(items):
            y = 268 + i * 36
            body += (f'<path d="M{x + 14} 250V{y + 14}h14" fill="none" stroke="#6b7280" stroke-width="1.5"/>'
                     f'<rect x="{x + 28}" y="{y}" width="132" height="28" rx="6" fill="#f8fafc" stroke="#94a3b8"/>'
                     f'<text x="{x + 94}" y="{y + 19}" text-anchor="middle" font-size="13">{item}</text>\n')
        body += f'<text x="{x + 80}" y="392" text-anchor="middle" font-size="12" fill="#0f766e" font-weight="600">{gpo}</text>\n'
    body += '<text x="470" y="46" font-size="12" fill="#0f766e" font-weight="600">GPO_MotsDePasse</text>\n'
    body += "</g>\n"
    svg("arborescence-ad.svg", 720, 400, "Arborescence Active Directory du cabinet Lambert et stratégies de groupe liées", body)


def gantt():
    weeks = 7
    x0, wk, row = 250, 70, 36
    tasks = [
        ("Recensement et profils", 0, 1, 0, 1),
        ("Devis et commande", 0.4, 1.6, 0.4, 1.6),
        ("Image Windows 11 et tests", 1, 2, 1, 2),
        ("Pilote (3 postes)", 2, 0.8, 2, 1.2),
        ("Vague 1 (12 postes)", 3, 1.4, 3.2, 1.4),
        ("Vague 2 (13 postes)", 4.4, 1.2, 4.8, 1.2),
        ("Bilan et recyclage", 6, 1, 6, 1),
    ]
    height = 70 + row * len(tasks) + 40
    width = x0 + wk * weeks + 20
    body = f'<g {FONT} fill="#111">\n<rect width="{width}" height="{height}" fill="#fff"/>\n'
    for w in range(weeks):
        x = x0 + w * wk
        body += (f'<rect x="{x}" y="40" width="{wk}" height="{row * len(tasks) + 10}" fill="{"#f8fafc" if w % 2 else "#fff"}" stroke="#e5e7eb"/>'
                 f'<text x="{x + wk / 2}" y="32" text-anchor="middle" font-size="13" font-weight="600">S{w + 1}</text>\n')
    body += '<text x="16" y="32" font-size="13" font-weight="600">Janvier - février 2027</text>\n'
    for i, (name, ps, pd, rs, rd) in enumerate(tasks):
        y = 50 + i * row
        body += (f'<text x="16" y="{y + 20}" font-size="13">{name}</text>'
                 f'<rect x="{x0 + ps * wk:.0f}" y="{y + 4}" width="{pd * wk:.0f}" height="11" rx="3" fill="#93c5fd"/>'
                 f'<rect x="{x0 + rs * wk:.0f}" y="{y + 17}" width="{rd * wk:.0f}" height="11" rx="3" fill="#1d4e89"/>\n')
    ly = height - 22
    body += (f'<rect x="16" y="{ly - 10}" width="22" height="11" rx="3" fill="#93c5fd"/>'
             f'<text x="44" y="{ly}" font-size="12">prévu</text>'
             f'<rect x="104" y="{ly - 10}" width="22" height="11" rx="3" fill="#1d4e89"/>'
             f'<text x="132" y="{ly}" font-size="12">réalisé (fin à la date prévue)</text>\n')
    body += "</g>\n"
    svg("gantt-renouvellement.svg", width, height, "Diagramme de Gantt du renouvellement des 28 postes, prévu et réalisé", body)
    return width, height


def schema_borg():
    body = f'<g {FONT} fill="#111">\n<rect width="720" height="340" fill="#fff"/>\n'
    body += box(20, 60, 220, 70, "SRV-FICHIERS", "Debian 13, Samba, 186 Go")
    body += box(480, 60, 220, 70, "Serveur de sauvegarde", "ESN, un dépôt borg par client")
    body += box(480, 220, 220, 70, "Copie hors site", "rclone chiffré, hebdomadaire", "#fef3c7", "#b45309")
    body += box(20, 220, 220, 70, "Coffre KeePassXC", "phrase de passe + clé exportée", "#dcfce7", "#0f766e")
    body += ('<defs><marker id="a" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="8" markerHeight="8" orient="auto">'
             '<path d="M0 0L10 5L0 10z" fill="#1d4e89"/></marker></defs>\n'
             '<path d="M240 95H476" stroke="#1d4e89" stroke-width="3" marker-end="url(#a)"/>\n'
             '<path d="M590 130v86" stroke="#1d4e89" stroke-width="2" stroke-dasharray="6 4" marker-end="url(#a)"/>\n'
             '<path d="M130 130v86" stroke="#0f766e" stroke-width="2" stroke-dasharray="3 4"/>\n'
             '<text x="358" y="84" text-anchor="middle" font-size="13" font-weight="600">borg create par SSH, 1 h</text>\n'
             '<text x="358" y="116" text-anchor="middle" font-size="12" fill="#444">chiffré repokey-blake2, append-only</text>\n'
             '<text x="360" y="30" text-anchor="middle" font-size="14" font-weight="700">Rétention : 7 jours, 4 semaines, 6 mois</text>\n'
             '<text x="360" y="322" text-anchor="middle" font-size="13" fill="#444">Test de restauration mensuel (borg check, borg extract)</text>\n')
    body += "</g>\n"
    svg("schema-borg.svg", 720, 340, "Architecture de la sauvegarde externalisée BorgBackup de l'Atelier Morin", body)


# ---------------------------------------------------------------------------
# Other files
# ---------------------------------------------------------------------------

BORG_SCRIPT = """#!/bin/sh
# borg-backup.sh - nightly backup of the file server to the ESN's Borg repository.
# Example production of the Cyberfolio sample portfolio (fictional client).
# Run by a systemd timer (borg-backup.timer, OnCalendar=*-*-* 01:00).
set -eu

export BORG_REPO='ssh://borg@sauvegarde.ans.internal/./morin'
# The passphrase is read from a root-only file, never written in the script.
export BORG_PASSCOMMAND='cat /root/.config/borg/passphrase'

log() { logger -t borg-backup "$*"; }

log "start"
borg create --stats --compression zstd,6 --exclude-caches \\
    --exclude '/srv/partages/*/Corbeille' \\
    ::'morin-{now:%Y-%m-%d}' /srv/partages /etc

borg prune --keep-daily 7 --keep-weekly 4 --keep-monthly 6 --glob-archives 'morin-*'
borg compact
log "end (exit code $?)"
"""

MATRICE = """groupe;ressource;droit;membres
GG_Associes;\\\\SRV-FIC\\Dossiers;lecture-ecriture (GL_Dossiers_RW);associes
GG_Associes;\\\\SRV-FIC\\Compta;lecture-ecriture (GL_Compta_RW);associes
GG_Collaborateurs;\\\\SRV-FIC\\Dossiers;lecture-ecriture (GL_Dossiers_RW);collaborateurs
GG_Secretariat;\\\\SRV-FIC\\Dossiers;lecture (GL_Dossiers_R);secretariat
GG_Secretariat;\\\\SRV-FIC\\Compta;aucun;secretariat
GG_Informatique;tous les partages;controle total (GL_Admin_FC);prestataire
"""


def og_image():
    """1200x630 sharing image, flat colours so the PNG stays small."""
    try:
        from PIL import Image, ImageDraw, ImageFont
    except ImportError:
        print("Pillow missing: og-image.png not regenerated")
        return
    img = Image.new("RGB", (1200, 630), BLUE)
    draw = ImageDraw.Draw(img)
    draw.rectangle([0, 540, 1200, 630], fill=TEAL)
    draw.ellipse([880, 110, 1120, 350], fill=TEAL)

    # Pillow's built-in font has no accented letters: prefer a system TrueType
    # font (Debian: fonts-dejavu-core or fonts-liberation).
    candidates = [
        "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
        "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf",
    ]
    path = next((c for c in candidates if pathlib.Path(c).exists()), None)
    if path is None:
        print("no TrueType font with accents found: og-image.png not regenerated")
        return

    def font(size):
        return ImageFont.truetype(path, size)

    draw.text((1000, 230), "CG", font=font(100), fill="white", anchor="mm")
    draw.text((80, 170), "Camille Girard", font=font(80), fill="white")
    draw.text((80, 285), "BTS SIO option SISR", font=font(48), fill=(219, 234, 254))
    draw.text((80, 350), "Portfolio de l'épreuve E5 – session 2027", font=font(38), fill=(219, 234, 254))
    draw.text((80, 565), "Réseaux  ·  Systèmes  ·  Sécurité  ·  Sauvegarde", font=font(34), fill="white")
    img = img.quantize(colors=32, method=Image.Quantize.MEDIANCUT)
    img.save(OUT / "og-image.png", optimize=True)


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    for make in (cv, attestations, certification_pix, certification_secnum, procedure_vlan, procedure_ad,
                 rapport_referencement, procedure_zabbix, plan_veille, procedure_glpi, guide_helpdesk,
                 procedure_veeam, compte_rendu_site, planning_renouvellement, procedure_borg,
                 guide_nextcloud, recette_nextcloud, fiche_mfa):
        make()
    photo()
    schema_vlan()
    arborescence_ad()
    print("gantt-renouvellement.svg size:", gantt())
    schema_borg()
    (OUT / "borg-backup.sh").write_text(BORG_SCRIPT, encoding="utf-8")
    (OUT / "matrice-habilitations.csv").write_text(MATRICE, encoding="utf-8")
    og_image()
    total = sum(p.stat().st_size for p in OUT.iterdir())
    print(f"{len(list(OUT.iterdir()))} files, {total} bytes in {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
