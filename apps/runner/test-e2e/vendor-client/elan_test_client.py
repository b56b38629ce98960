#!/usr/bin/env python3
"""An independent ELAN client for testing elan-kit: a debt-collection system as a vendor would write it.

Written from Skatteetaten's public pages, the published OpenAPI contracts and example payloads, and the
elan-kit README (the scenario card and answer schemas). It imports nothing from elan-kit.

Two ways to run it, the two adapter forms a vendor can use:
  python3 elan_test_client.py                  reads one scenario card on stdin, answers on stdout (command adapter)
  python3 elan_test_client.py --serve PORT     a long-running service; POST a card to /elan-kit/scenario (HTTP adapter)
  python3 elan_test_client.py --proxy URL ...  like the above, but every ELAN call goes to URL (elan-kit proxy)

ELAN_TEST_CLIENT_DEFECT switches on one defect at a time (see DEFECTS), so the kit's findings can be tested.
"""

import datetime
import json
import os
import sys
import threading
import time
import uuid
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

import base64

import requests
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding

DEFECTS = {
    "token-per-request": "fetches a new token for every request",
    "blind-retry": "sends a request refused with 400/422 again unchanged",
    "no-betjeningskartet": "submits without looking the debtor up in Betjeningskartet",
    "mild-polling": "asks for the status again a few seconds later",
    "status-loop": "asks for the status in a tight loop",
    "ignore-retry-after": "retries 429/503 at once, ignoring Retry-After",
    "no-message-ids": "sends no Korrelasjonsid and no Meldingsid",
    "fixed-message-ids": "sends the Korrelasjonsid and Meldingsid of the documentation example on every message",
    "schema-invalid": "sends amounts as text",
    "real-fnr": "uses a real-looking fødselsnummer as the debtor",
    "real-fnr-text": "writes a real-looking fødselsnummer into a free-text field",
    "swallow-422": "tells its user a refused begjæring was submitted",
}
DEFECT = os.environ.get("ELAN_TEST_CLIENT_DEFECT", "")
if DEFECT and DEFECT not in DEFECTS:
    sys.exit(f"unknown defect {DEFECT}; one of {', '.join(DEFECTS)}")

HERE = os.path.dirname(os.path.abspath(__file__))
# The published example payload (model 1.0): the system fills in its own parties and references.
EXAMPLE = os.path.join(HERE, "..", "..", "..", "..", "packages", "schemas", "contracts", "examples", "utleggsbegjaering", "1.0", "minimal.json")
EXAMPLE_IDS = ("3fa85f64-5717-4562-b3fc-2c963f66afa6", "9b2f5c1e-0d7a-4e43-8f55-6a0c1d2b3e4f")
TOKEN_MARGIN_SECONDS = 30
MAX_RETRIES = 3
def minimal_pdf():
    """A one-page PDF with a proper cross-reference table, as any PDF library writes it."""
    objects = [b"<</Type/Catalog/Pages 2 0 R>>", b"<</Type/Pages/Kids[3 0 R]/Count 1>>", b"<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>"]
    out = b"%PDF-1.4\n"
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{offset:010d} 00000 n \n".encode() for offset in offsets)
    out += f"trailer\n<</Size {len(objects) + 1}/Root 1 0 R>>\nstartxref\n{xref}\n%%EOF\n".encode()
    return out


PDF = minimal_pdf()


def b64url(data):
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def sign_rs256(claims, private_key_pem, kid):
    """A JWT signed with RS256 (RFC 7515), as Maskinporten's JWT bearer grant wants it."""
    header = {"alg": "RS256", "typ": "JWT", "kid": kid}
    signing_input = f"{b64url(json.dumps(header).encode())}.{b64url(json.dumps(claims).encode())}"
    key = serialization.load_pem_private_key(private_key_pem.encode(), password=None)
    signature = key.sign(signing_input.encode(), padding.PKCS1v15(), hashes.SHA256())
    return f"{signing_input}.{b64url(signature)}"


def log(text):
    print(text, file=sys.stderr, flush=True)


def real_looking_fnr():
    """A fødselsnummer with valid check digits and a real birth month (not Tenor's month + 80)."""
    base = "0101851234"[:9]
    w1 = [3, 7, 6, 1, 8, 9, 4, 5, 2]
    w2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
    for serial in range(100, 999):
        digits = [int(c) for c in base[:6] + str(serial)]
        k1 = 11 - sum(a * b for a, b in zip(w1, digits)) % 11
        k1 = 0 if k1 == 11 else k1
        if k1 == 10:
            continue
        digits.append(k1)
        k2 = 11 - sum(a * b for a, b in zip(w2, digits)) % 11
        k2 = 0 if k2 == 11 else k2
        if k2 == 10:
            continue
        return "".join(str(d) for d in digits) + str(k2)
    raise RuntimeError("no fnr")


class Elan:
    """The system's ELAN integration: one per client process (or per service)."""

    def __init__(self, client, base_urls, elan_base=None):
        self.client = client
        self.base = {k: v for k, v in base_urls.items()}
        if elan_base:
            for key, value in self.base.items():
                self.base[key] = elan_base.rstrip("/") + urlsplit(value).path
        self.token = None
        self.token_expires = 0.0
        self.http = requests.Session()

    # Maskinporten: JWT bearer grant, token kept in memory until shortly before it expires.
    def access_token(self, force=False):
        if DEFECT == "token-per-request" or force or not self.token or time.time() > self.token_expires - TOKEN_MARGIN_SECONDS:
            now = int(time.time())
            grant = sign_rs256(
                {
                    "aud": self.client["audience"],
                    "iss": self.client["clientId"],
                    "scope": self.client["scope"],
                    "iat": now,
                    "exp": now + 60,
                    "jti": str(uuid.uuid4()),
                },
                self.client["privateKeyPem"],
                self.client["kid"],
            )
            answer = self.http.post(
                self.client["tokenEndpoint"],
                data={"grant_type": "urn:ietf:params:oauth:grant-type:jwt-bearer", "assertion": grant},
                timeout=30,
            )
            answer.raise_for_status()
            body = answer.json()
            self.token = body["access_token"]
            self.token_expires = time.time() + body["expires_in"]
        return self.token

    def call(self, method, api, path, operation, json_body=None, files=None, data=None):
        """One message: a new Meldingsid; the operation's Korrelasjonsid; Retry-After honoured; one token refresh on 401."""
        url = self.base[api] + path
        refreshed = False
        attempt = 0
        while True:
            headers = {"Authorization": f"Bearer {self.access_token()}", "Klientid": self.client["clientId"], "Accept": "application/json"}
            if DEFECT == "fixed-message-ids":
                headers.update({"Korrelasjonsid": EXAMPLE_IDS[0], "Meldingsid": EXAMPLE_IDS[1]})
            elif DEFECT != "no-message-ids":
                headers.update({"Korrelasjonsid": operation, "Meldingsid": str(uuid.uuid4())})
            response = self.http.request(method, url, headers=headers, json=json_body, files=files, data=data, timeout=60)
            if response.status_code == 401 and not refreshed:
                refreshed = True
                self.access_token(force=True)
                continue
            if response.status_code in (429, 503) and attempt < MAX_RETRIES:
                attempt += 1
                wait = 0 if DEFECT == "ignore-retry-after" else float(response.headers.get("Retry-After", "1"))
                time.sleep(wait)
                continue
            if response.status_code in (400, 422) and DEFECT == "blind-retry" and attempt < 1:
                attempt += 1
                continue
            return response


def today():
    return datetime.datetime.now(datetime.timezone(datetime.timedelta(hours=1))).date().isoformat()


def begjaering(card, attachment_uuid, reference):
    with open(EXAMPLE, encoding="utf-8") as file:
        doc = json.load(file)
    doc["innsender"]["innsender"]["virksomhet"]["identifikator"]["verdi"] = card["parties"]["innsender"]
    debtor = real_looking_fnr() if DEFECT == "real-fnr" else card["parties"]["saksoekt"]
    doc["saksoekt"][0]["saksoekt"]["person"]["identifikator"]["verdi"] = debtor
    doc["innsenderReferanse"] = reference
    doc["begjaeringsdato"] = today()
    doc["begjaeringensTvangsgrunnlag"][0]["tvangsgrunnlag"]["uuid"] = attachment_uuid
    if DEFECT == "schema-invalid":
        doc["kravTilInnkreving"][0]["opprinneligBeloep"]["beloep"] = "2500,00"
    if DEFECT == "real-fnr-text":
        doc["kravTilInnkreving"][0]["kravdetaljer"] = f"Hovedkrav, skyldner {real_looking_fnr()}"
    return doc


def debtors(doc):
    return [entry["saksoekt"]["person"]["identifikator"] for entry in doc["saksoekt"]]


class Case:
    """One begjæring as the system handles it: each business operation gets its own Korrelasjonsid."""

    def __init__(self, elan, card):
        self.elan = elan
        self.card = card
        self.reference = f"PY-{card['id']}-{uuid.uuid4().hex[:10]}"
        self.doc = None
        self.shown = []
        self.logged = []

    def prepare(self):
        operation = str(uuid.uuid4())
        upload = self.elan.call(
            "POST", "utleggsbegjaering", "/vedlegg", operation,
            files={"fil": ("dom.pdf", PDF, "application/pdf")},
            data={"innsenderReferanse": self.reference, "type": "tvangsgrunnlag"},
        )
        if upload.status_code >= 300:
            return self.fail(upload)
        attachment = upload.json()["uuid"]
        # The attachment is virus-checked, validated and converted before a begjæring may use it.
        deadline = time.time() + 60
        while upload.json().get("status") != "KONVERTERT":
            if time.time() > deadline or upload.json().get("status") not in (None, "MOTTATT", "VIRUSSJEKKET", "VALIDERT"):
                return self.fail(upload)
            time.sleep(1)
            upload = self.elan.call("GET", "utleggsbegjaering", f"/vedlegg/{attachment}", operation)
            if upload.status_code != 200:
                return self.fail(upload)
        self.doc = begjaering(self.card, attachment, self.reference)
        return self.validate(self.doc)

    def validate(self, doc):
        answer = self.elan.call("POST", "utleggsbegjaering", "/valider", str(uuid.uuid4()), json_body=doc)
        if answer.status_code >= 300:
            return self.fail(answer)
        return True

    def regime_is_new(self):
        if DEFECT == "no-betjeningskartet":
            return True
        answer = self.elan.call("POST", "betjeningskartet", "/betjeningskartet", str(uuid.uuid4()), json_body={"skyldner": debtors(self.doc)})
        if answer.status_code != 200:
            return self.fail(answer)
        return answer.json().get("regelverk") == "nyttRegelverk"

    def submit(self):
        answer = self.elan.call("POST", "utleggsbegjaering", "", str(uuid.uuid4()), json_body=self.doc)
        if answer.status_code != 201:
            return self.fail(answer)
        self.saksreferanse = answer.json()["eksternSaksreferanse"]
        return True

    def status(self):
        answer = self.elan.call("GET", "status", f"/status/{self.saksreferanse}", str(uuid.uuid4()))
        if DEFECT == "mild-polling":
            time.sleep(4)
            answer = self.elan.call("GET", "status", f"/status/{self.saksreferanse}", str(uuid.uuid4()))
        if DEFECT == "status-loop":
            for _ in range(4):
                time.sleep(0.3)
                answer = self.elan.call("GET", "status", f"/status/{self.saksreferanse}", str(uuid.uuid4()))
        return answer.status_code == 200

    def change(self):
        self.doc["kravTilInnkreving"][0]["gjenstaaendeBeloep"]["beloep"] = 2000.0
        answer = self.elan.call("PUT", "utleggsbegjaering", f"/{self.saksreferanse}", str(uuid.uuid4()), json_body=self.doc)
        if answer.status_code >= 300:
            return self.fail(answer)
        return True

    def fail(self, response):
        try:
            body = response.json()
        except ValueError:
            body = {}
        codes = [item.get("kode") for item in body.get("kontrollutslag", []) if isinstance(item, dict)]
        self.shown.extend(code for code in codes if code)
        korrelasjonsid = body.get("korrelasjonsid") or response.request.headers.get("Korrelasjonsid")
        if response.status_code >= 500 and korrelasjonsid:
            self.logged.append(korrelasjonsid)
        log(f"{response.request.method} {response.url} → {response.status_code} (Korrelasjonsid {korrelasjonsid}) {codes}")
        return False

    def answer(self, outcome):
        result = {"scenario": self.card["id"], "outcome": outcome, "kontrollutslag": self.shown}
        if self.logged:
            result["korrelasjonsid"] = self.logged
        return result


def new_submission(case):
    if not case.prepare():
        return None
    if not case.regime_is_new():
        return "not-submitted"
    return "submitted" if case.submit() else None


def run_scenario(elan, card):
    case = Case(elan, card)
    scenario = card["id"]
    if scenario == "full-flow":
        outcome = new_submission(case)
        if outcome == "submitted":
            case.status()
            if case.change():
                case.status()
        return case.answer(outcome or "failed")
    if scenario == "kontrollutslag":
        if not case.prepare():
            return case.answer("failed")
        case.doc["kravTilInnkreving"] = []
        if DEFECT == "swallow-422":
            case.elan.call("POST", "utleggsbegjaering", "", str(uuid.uuid4()), json_body=case.doc)
            return {"scenario": scenario, "outcome": "submitted", "kontrollutslag": []}
        ok = case.validate(case.doc)
        return case.answer("submitted" if ok else "rejected")
    if scenario == "old-regime":
        if case.prepare() and case.regime_is_new():
            case.submit()
        return case.answer("not-submitted")
    if scenario in ("rate-limited", "token-expired", "token-revoked"):
        return case.answer("submitted" if case.prepare() else "failed")
    if scenario in ("service-unavailable", "server-error"):
        outcome = new_submission(case)
        return case.answer(outcome or "failed")
    if scenario == "duplicate-submission":
        outcome = new_submission(case)
        if outcome == "submitted":
            case.submit()  # the user pressed "send" twice
        return case.answer("rejected" if case.shown else (outcome or "failed"))
    return {"scenario": scenario, "note": "this system has no action for this scenario"}


def load_client(card):
    with open(card["simulator"]["clientFile"], encoding="utf-8") as file:
        return json.load(file)


def serve(port, elan_base):
    systems = {}

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self):
            card = json.loads(self.rfile.read(int(self.headers.get("Content-Length", "0"))))
            key = card["simulator"]["clientFile"]
            if key not in systems:  # one integration (and one token cache) for the life of the service
                systems[key] = Elan(load_client(card), card["simulator"]["baseUrls"], elan_base)
            body = json.dumps(run_scenario(systems[key], card)).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", port), Handler)
    print(f"listening on {server.server_address[1]}", flush=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        server.shutdown()


def main(argv):
    elan_base = argv[argv.index("--proxy") + 1] if "--proxy" in argv else None
    if "--serve" in argv:
        serve(int(argv[argv.index("--serve") + 1]), elan_base)
        return
    card = json.load(sys.stdin)
    elan = Elan(load_client(card), card["simulator"]["baseUrls"], elan_base)
    print(json.dumps(run_scenario(elan, card)))


if __name__ == "__main__":
    main(sys.argv[1:])
