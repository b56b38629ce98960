// An example elan-kit vendor adapter in Java 17, one file, no dependencies: run it as `java Adapter.java`.
// It reads a scenario card (JSON) on stdin, carries the scenario out against the ELAN APIs the card names, and
// prints its answer (JSON) on stdout; logs go to stderr. Replace the scenario bodies with calls into your system
// and keep the rules: one token reused until shortly before it expires (a new one once after a 401),
// Betjeningskartet right before each new submission, Retry-After honoured, a new Meldingsid per message and one
// Korrelasjonsid per business operation. The card and answer schemas ship in @elan-kit/conformance/adapter/.

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

public class Adapter {
  static final int TOKEN_MARGIN_SECONDS = 30;
  static final int MAX_RETRIES = 3;

  public static void main(String[] args) throws Exception {
    Map<String, Object> card = Json.object(new String(System.in.readAllBytes(), StandardCharsets.UTF_8));
    Map<String, Object> simulator = Json.map(card.get("simulator"));
    Map<String, Object> client = Json.object(Files.readString(Path.of((String) simulator.get("clientFile"))));
    Elan elan = new Elan(client, Json.map(simulator.get("baseUrls")));
    Map<String, Object> answer = runScenario(elan, card);
    System.out.println(Json.write(answer));
  }

  static Map<String, Object> runScenario(Elan elan, Map<String, Object> card) throws Exception {
    Case c = new Case(elan, card);
    String id = (String) card.get("id");
    switch (id) {
      case "full-flow" -> {
        String outcome = c.newSubmission();
        if ("submitted".equals(outcome)) {
          c.status();
          if (c.change()) c.status();
        }
        return c.answer(outcome == null ? "failed" : outcome);
      }
      case "kontrollutslag" -> {
        if (!c.prepare(true)) return c.answer("failed");
        return c.answer(c.validate() ? "submitted" : "rejected");
      }
      case "old-regime" -> {
        if (c.prepare(false) && c.regimeIsNew()) c.submit();
        return c.answer("not-submitted");
      }
      case "rate-limited", "token-expired", "token-revoked" -> {
        return c.answer(c.prepare(false) ? "submitted" : "failed");
      }
      case "service-unavailable", "server-error" -> {
        String outcome = c.newSubmission();
        return c.answer(outcome == null ? "failed" : outcome);
      }
      case "duplicate-submission" -> {
        String outcome = c.newSubmission();
        if ("submitted".equals(outcome)) c.submit(); // the user pressed "send" twice
        return c.answer(!c.shown.isEmpty() ? "rejected" : outcome == null ? "failed" : outcome);
      }
      default -> {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("scenario", id);
        answer.put("note", "this system has no action for this scenario");
        return answer;
      }
    }
  }

  /** The system's ELAN integration: Maskinporten token kept in memory, one call per message. */
  static final class Elan {
    final Map<String, Object> client;
    final Map<String, Object> base;
    final HttpClient http = HttpClient.newHttpClient();
    String token;
    long tokenExpires;

    Elan(Map<String, Object> client, Map<String, Object> base) {
      this.client = client;
      this.base = base;
    }

    String accessToken(boolean force) throws Exception {
      long now = System.currentTimeMillis() / 1000;
      if (!force && token != null && now < tokenExpires - TOKEN_MARGIN_SECONDS) return token;
      Map<String, Object> claims = new LinkedHashMap<>();
      claims.put("aud", client.get("audience"));
      claims.put("iss", client.get("clientId"));
      claims.put("scope", client.get("scope"));
      claims.put("iat", now);
      claims.put("exp", now + 60);
      claims.put("jti", UUID.randomUUID().toString());
      String grant = signRs256(claims, (String) client.get("privateKeyPem"), (String) client.get("kid"));
      String form = "grant_type=" + enc("urn:ietf:params:oauth:grant-type:jwt-bearer") + "&assertion=" + enc(grant);
      HttpResponse<String> response = http.send(
          HttpRequest.newBuilder(URI.create((String) client.get("tokenEndpoint")))
              .header("Content-Type", "application/x-www-form-urlencoded")
              .POST(HttpRequest.BodyPublishers.ofString(form))
              .build(),
          HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) throw new IllegalStateException("token endpoint answered " + response.statusCode());
      Map<String, Object> body = Json.object(response.body());
      token = (String) body.get("access_token");
      tokenExpires = now + ((Number) body.get("expires_in")).longValue();
      return token;
    }

    /** One message: a new Meldingsid, the operation's Korrelasjonsid, Retry-After honoured, one refresh on 401. */
    HttpResponse<String> call(String method, String api, String path, String operation, String contentType, byte[] body)
        throws Exception {
      boolean refreshed = false;
      int attempt = 0;
      while (true) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base.get(api) + path))
            .header("Authorization", "Bearer " + accessToken(false))
            .header("Klientid", (String) client.get("clientId"))
            .header("Korrelasjonsid", operation)
            .header("Meldingsid", UUID.randomUUID().toString())
            .header("Accept", "application/json");
        if (body == null) request.method(method, HttpRequest.BodyPublishers.noBody());
        else request.header("Content-Type", contentType).method(method, HttpRequest.BodyPublishers.ofByteArray(body));
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        int status = response.statusCode();
        if (status == 401 && !refreshed) {
          refreshed = true;
          accessToken(true);
          continue;
        }
        if ((status == 429 || status == 503) && attempt < MAX_RETRIES) {
          attempt++;
          String retryAfter = response.headers().firstValue("Retry-After").orElse("1");
          Thread.sleep((long) (Double.parseDouble(retryAfter) * 1000));
          continue;
        }
        return response;
      }
    }

    HttpResponse<String> json(String method, String api, String path, String operation, Object body) throws Exception {
      byte[] bytes = body == null ? null : Json.write(body).getBytes(StandardCharsets.UTF_8);
      return call(method, api, path, operation, "application/json", bytes);
    }
  }

  /** One begjæring as the system handles it. */
  static final class Case {
    final Elan elan;
    final Map<String, Object> card;
    final String reference;
    final List<String> shown = new ArrayList<>();
    final List<String> logged = new ArrayList<>();
    Map<String, Object> doc;
    String saksreferanse;

    Case(Elan elan, Map<String, Object> card) {
      this.elan = elan;
      this.card = card;
      this.reference = "JAVA-" + card.get("id") + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    boolean prepare(boolean withoutClaims) throws Exception {
      String operation = UUID.randomUUID().toString();
      String boundary = "elan-" + UUID.randomUUID();
      ByteArrayOutputStream form = new ByteArrayOutputStream();
      form.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"innsenderReferanse\"\r\n\r\n" + reference + "\r\n").getBytes(StandardCharsets.UTF_8));
      form.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"type\"\r\n\r\ntvangsgrunnlag\r\n").getBytes(StandardCharsets.UTF_8));
      form.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"fil\"; filename=\"dom.pdf\"\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
      form.writeBytes(minimalPdf());
      form.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
      HttpResponse<String> upload = elan.call("POST", "utleggsbegjaering", "/vedlegg", operation, "multipart/form-data; boundary=" + boundary, form.toByteArray());
      if (upload.statusCode() >= 300) return fail(upload);
      Map<String, Object> attachment = Json.object(upload.body());
      String uuid = (String) attachment.get("uuid");
      long deadline = System.currentTimeMillis() + 60_000;
      // The attachment is virus-checked, validated and converted before a begjæring may use it.
      while (!"KONVERTERT".equals(attachment.get("status"))) {
        if (System.currentTimeMillis() > deadline || !List.of("MOTTATT", "VIRUSSJEKKET", "VALIDERT").contains(attachment.get("status"))) return fail(upload);
        Thread.sleep(1000);
        upload = elan.json("GET", "utleggsbegjaering", "/vedlegg/" + uuid, operation, null);
        if (upload.statusCode() != 200) return fail(upload);
        attachment = Json.object(upload.body());
      }
      doc = begjaering(uuid);
      if (withoutClaims) doc.put("kravTilInnkreving", new ArrayList<>());
      return withoutClaims || validate();
    }

    Map<String, Object> begjaering(String attachment) throws Exception {
      String example = System.getenv().getOrDefault("ELAN_EXAMPLE_BEGJAERING",
          Path.of(System.getProperty("user.dir"), "packages", "schemas", "contracts", "examples", "utleggsbegjaering", "1.0", "minimal.json").toString());
      Map<String, Object> d = Json.object(Files.readString(Path.of(example)));
      Map<String, Object> parties = Json.map(card.get("parties"));
      identifier(Json.map(Json.map(Json.map(d.get("innsender")).get("innsender")).get("virksomhet"))).put("verdi", parties.get("innsender"));
      identifier(Json.map(Json.map(Json.map(Json.list(d.get("saksoekt")).get(0)).get("saksoekt")).get("person"))).put("verdi", parties.get("saksoekt"));
      d.put("innsenderReferanse", reference);
      d.put("begjaeringsdato", LocalDate.now(ZoneId.of("Europe/Oslo")).toString());
      Json.map(Json.map(Json.list(d.get("begjaeringensTvangsgrunnlag")).get(0)).get("tvangsgrunnlag")).put("uuid", attachment);
      return d;
    }

    static Map<String, Object> identifier(Map<String, Object> party) {
      return Json.map(party.get("identifikator"));
    }

    boolean validate() throws Exception {
      HttpResponse<String> answer = elan.json("POST", "utleggsbegjaering", "/valider", UUID.randomUUID().toString(), doc);
      return answer.statusCode() < 300 || fail(answer);
    }

    boolean regimeIsNew() throws Exception {
      List<Object> debtors = new ArrayList<>();
      for (Object entry : Json.list(doc.get("saksoekt"))) debtors.add(identifier(Json.map(Json.map(Json.map(entry).get("saksoekt")).get("person"))));
      HttpResponse<String> answer = elan.json("POST", "betjeningskartet", "/betjeningskartet", UUID.randomUUID().toString(), Map.of("skyldner", debtors));
      if (answer.statusCode() != 200) return fail(answer);
      return "nyttRegelverk".equals(Json.object(answer.body()).get("regelverk"));
    }

    boolean submit() throws Exception {
      HttpResponse<String> answer = elan.json("POST", "utleggsbegjaering", "", UUID.randomUUID().toString(), doc);
      if (answer.statusCode() != 201) return fail(answer);
      saksreferanse = (String) Json.object(answer.body()).get("eksternSaksreferanse");
      return true;
    }

    String newSubmission() throws Exception {
      if (!prepare(false)) return null;
      if (!regimeIsNew()) return "not-submitted";
      return submit() ? "submitted" : null;
    }

    boolean status() throws Exception {
      return elan.json("GET", "status", "/status/" + saksreferanse, UUID.randomUUID().toString(), null).statusCode() == 200;
    }

    boolean change() throws Exception {
      Json.map(Json.map(Json.list(doc.get("kravTilInnkreving")).get(0)).get("gjenstaaendeBeloep")).put("beloep", 2000.0);
      HttpResponse<String> answer = elan.json("PUT", "utleggsbegjaering", "/" + saksreferanse, UUID.randomUUID().toString(), doc);
      return answer.statusCode() < 300 || fail(answer);
    }

    boolean fail(HttpResponse<String> response) {
      Map<String, Object> body;
      try {
        body = Json.object(response.body());
      } catch (RuntimeException notJson) {
        body = Map.of();
      }
      Object list = body.get("kontrollutslag");
      if (list instanceof List<?> items) {
        for (Object item : items) if (item instanceof Map<?, ?> m && m.get("kode") instanceof String kode) shown.add(kode);
      }
      String korrelasjonsid = body.get("korrelasjonsid") instanceof String k ? k : response.request().headers().firstValue("Korrelasjonsid").orElse(null);
      if (response.statusCode() >= 500 && korrelasjonsid != null) logged.add(korrelasjonsid);
      System.err.println(response.request().method() + " " + response.uri() + " → " + response.statusCode() + " (Korrelasjonsid " + korrelasjonsid + ") " + shown);
      return false;
    }

    Map<String, Object> answer(String outcome) {
      Map<String, Object> answer = new LinkedHashMap<>();
      answer.put("scenario", card.get("id"));
      answer.put("outcome", outcome);
      answer.put("kontrollutslag", shown);
      if (!logged.isEmpty()) answer.put("korrelasjonsid", logged);
      return answer;
    }
  }

  static byte[] minimalPdf() {
    String[] objects = {"<</Type/Catalog/Pages 2 0 R>>", "<</Type/Pages/Kids[3 0 R]/Count 1>>", "<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>"};
    StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
    List<Integer> offsets = new ArrayList<>();
    for (int i = 0; i < objects.length; i++) {
      offsets.add(pdf.length());
      pdf.append(i + 1).append(" 0 obj\n").append(objects[i]).append("\nendobj\n");
    }
    int xref = pdf.length();
    pdf.append("xref\n0 ").append(objects.length + 1).append("\n0000000000 65535 f \n");
    for (int offset : offsets) pdf.append(String.format("%010d 00000 n \n", offset));
    pdf.append("trailer\n<</Size ").append(objects.length + 1).append("/Root 1 0 R>>\nstartxref\n").append(xref).append("\n%%EOF\n");
    return pdf.toString().getBytes(StandardCharsets.ISO_8859_1);
  }

  static String signRs256(Map<String, Object> claims, String pem, String kid) throws Exception {
    Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
    Map<String, Object> header = new LinkedHashMap<>();
    header.put("alg", "RS256");
    header.put("typ", "JWT");
    header.put("kid", kid);
    String input = b64.encodeToString(Json.write(header).getBytes(StandardCharsets.UTF_8)) + "." + b64.encodeToString(Json.write(claims).getBytes(StandardCharsets.UTF_8));
    String base64 = pem.replaceAll("-----(BEGIN|END) PRIVATE KEY-----", "").replaceAll("\\s", "");
    PrivateKey key = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
    Signature signer = Signature.getInstance("SHA256withRSA");
    signer.initSign(key);
    signer.update(input.getBytes(StandardCharsets.US_ASCII));
    return input + "." + b64.encodeToString(signer.sign());
  }

  static String enc(String value) {
    return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  /** Just enough JSON (RFC 8259) for this adapter: objects, arrays, strings, numbers, booleans, null. */
  static final class Json {
    private final String text;
    private int at;

    private Json(String text) {
      this.text = text;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> object(String text) {
      Json parser = new Json(text);
      Object value = parser.value();
      parser.space();
      if (parser.at != text.length() || !(value instanceof Map)) throw new IllegalArgumentException("not a JSON object");
      return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
      return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object value) {
      return (List<Object>) value;
    }

    private void space() {
      while (at < text.length() && Character.isWhitespace(text.charAt(at))) at++;
    }

    private Object value() {
      space();
      if (at >= text.length()) throw new IllegalArgumentException("unexpected end of JSON");
      char c = text.charAt(at);
      if (c == '{') {
        Map<String, Object> map = new LinkedHashMap<>();
        at++;
        space();
        if (text.charAt(at) == '}') {
          at++;
          return map;
        }
        while (true) {
          space();
          String key = string();
          space();
          expect(':');
          map.put(key, value());
          space();
          if (text.charAt(at) == ',') at++;
          else {
            expect('}');
            return map;
          }
        }
      }
      if (c == '[') {
        List<Object> list = new ArrayList<>();
        at++;
        space();
        if (text.charAt(at) == ']') {
          at++;
          return list;
        }
        while (true) {
          list.add(value());
          space();
          if (text.charAt(at) == ',') at++;
          else {
            expect(']');
            return list;
          }
        }
      }
      if (c == '"') return string();
      if (text.startsWith("true", at)) {
        at += 4;
        return Boolean.TRUE;
      }
      if (text.startsWith("false", at)) {
        at += 5;
        return Boolean.FALSE;
      }
      if (text.startsWith("null", at)) {
        at += 4;
        return null;
      }
      int start = at;
      while (at < text.length() && "+-0123456789.eE".indexOf(text.charAt(at)) >= 0) at++;
      String number = text.substring(start, at);
      if (number.isEmpty()) throw new IllegalArgumentException("unexpected " + c + " at " + start);
      return number.matches("-?\\d+") ? (Object) Long.parseLong(number) : (Object) Double.parseDouble(number);
    }

    private void expect(char c) {
      if (at >= text.length() || text.charAt(at) != c) throw new IllegalArgumentException("expected " + c + " at " + at);
      at++;
    }

    private String string() {
      expect('"');
      StringBuilder out = new StringBuilder();
      while (true) {
        char c = text.charAt(at++);
        if (c == '"') return out.toString();
        if (c != '\\') {
          out.append(c);
          continue;
        }
        char e = text.charAt(at++);
        switch (e) {
          case 'n' -> out.append('\n');
          case 't' -> out.append('\t');
          case 'r' -> out.append('\r');
          case 'b' -> out.append('\b');
          case 'f' -> out.append('\f');
          case 'u' -> {
            out.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
            at += 4;
          }
          default -> out.append(e);
        }
      }
    }

    static String write(Object value) {
      if (value == null) return "null";
      if (value instanceof String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
          if (c == '"' || c == '\\') out.append('\\').append(c);
          else if (c < 0x20) out.append(String.format("\\u%04x", (int) c));
          else out.append(c);
        }
        return out.append('"').toString();
      }
      if (value instanceof Map<?, ?> map) {
        List<String> parts = new ArrayList<>();
        for (Map.Entry<?, ?> entry : map.entrySet()) parts.add(write(String.valueOf(entry.getKey())) + ":" + write(entry.getValue()));
        return "{" + String.join(",", parts) + "}";
      }
      if (value instanceof List<?> list) {
        List<String> parts = new ArrayList<>();
        for (Object item : list) parts.add(write(item));
        return "[" + String.join(",", parts) + "]";
      }
      if (value instanceof Double d && d == Math.rint(d) && !Double.isInfinite(d)) return String.valueOf(d);
      return String.valueOf(value);
    }
  }
}
