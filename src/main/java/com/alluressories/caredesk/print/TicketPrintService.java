package com.alluressories.caredesk.print;

import com.alluressories.caredesk.claim.ClaimService;
import com.alluressories.caredesk.claim.ClaimSummary;
import com.alluressories.caredesk.money.Money;
import com.alluressories.caredesk.policy.FindingRule;
import com.alluressories.caredesk.policy.Policy;
import com.alluressories.caredesk.receipt.PhoneNumber;
import com.alluressories.caredesk.shop.ShopProfile;
import com.alluressories.caredesk.ticket.Ticket;
import com.alluressories.caredesk.ticket.TicketService;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.Supplier;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * The ticket's documents (customer copy, bag tag, collection slip) as PDF, in English and
 * Traditional Chinese together, for an 80 mm slip printer or A5. The same PDF is what the preview
 * shows, what is saved, and what goes to the printer.
 */
public final class TicketPrintService {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter EN = DateTimeFormatter.ofPattern("d/M/yyyy");
    private static final DateTimeFormatter ZH = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private final TicketService tickets;
    private final ClaimService claims;
    private final Supplier<Optional<ShopProfile>> shop;
    private final ResourceBundle en = bundle(Locale.ENGLISH);
    private final ResourceBundle zh = bundle(Locale.forLanguageTag("zh-HK"));

    public TicketPrintService(TicketService tickets, ClaimService claims, Supplier<Optional<ShopProfile>> shop) {
        this.tickets = tickets;
        this.claims = claims;
        this.shop = shop;
    }

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle("i18n.messages", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /**
     * Renders a document of a ticket as PDF bytes.
     *
     * @param reprint marks the document REPRINT
     * @throws IllegalArgumentException for a ticket that does not exist
     */
    public byte[] pdf(String ticketNo, DocumentKind kind, Paper paper, boolean reprint) {
        Ticket ticket = tickets.get(ticketNo).orElseThrow(() -> new IllegalArgumentException("There is no ticket "
                + ticketNo + "."));
        ClaimSummary claim = claims.get(ticket.claimId()).orElseThrow();
        JsonNode decision;
        try {
            decision = JSON.readTree(claims.decisionJson(claim.id()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        synchronized (PdfFonts.LOCK) {
            try (PDDocument document = new PDDocument()) {
                document.getDocumentInformation().setTitle(ticket.ticketNo() + " " + kind.name().toLowerCase(Locale.ROOT));
                document.getDocumentInformation().setCreator("CareDesk");
                Sheet sheet = new Sheet(document, paper);
                switch (kind) {
                    case CUSTOMER -> customerCopy(sheet, ticket, claim, decision, reprint);
                    case TAG -> tag(sheet, ticket, reprint);
                    case COLLECTION -> collection(sheet, ticket, claim, reprint);
                }
                sheet.finish();
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                document.save(out);
                return out.toByteArray();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot make the PDF of " + ticketNo, e);
            }
        }
    }

    /**
     * Renders the document for a preview: it says REPRINT only when it was printed before. A preview
     * is not a print: nothing is recorded, so the customer's first real copy never says REPRINT.
     */
    public byte[] preview(String ticketNo, DocumentKind kind, Paper paper) {
        return pdf(ticketNo, kind, paper, tickets.wasPrinted(ticketNo, kind.name()));
    }

    /**
     * Loads and parses the fonts once, and makes a small document with what a ticket has (both
     * languages, a table, a Code 128 and a QR code), so the first preview after start-up shows at
     * once: called in the background once the window is up. Returns that document, for the preview
     * to draw once ahead in turn.
     */
    public static byte[] warmUp() {
        synchronized (PdfFonts.LOCK) {
            try (PDDocument document = new PDDocument()) {
                JSON.readTree("{\"verdict\": \"WARRANTY_REPAIR\"}");
                Sheet sheet = new Sheet(document, Paper.SLIP);
                sheet.text("CareDesk 維修單 㗎 。", Paper.SLIP.body * 1.35f, true, Sheet.Align.CENTER);
                sheet.text("Alluressories 顧客收據 Customer copy");
                sheet.rule();
                sheet.table(java.util.List.of("Item 貨品", "HK$"), java.util.List.of(java.util.List.of("18K 金戒指", "1,280")),
                        new float[] {3, 1}, new boolean[] {false, true});
                sheet.code128("TST-261130-0001", 30);
                sheet.qr("TST-261130-0001", 60);
                sheet.finish();
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                document.save(out);
                return out.toByteArray();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot load the fonts for printing", e);
            }
        }
    }

    /** Renders and records the print (printed or saved as a file), so the next one says REPRINT. */
    public byte[] print(String ticketNo, DocumentKind kind, Paper paper) {
        boolean reprint = tickets.recordPrint(ticketNo, kind.name());
        return pdf(ticketNo, kind, paper, reprint);
    }

    private void header(Sheet s, String titleKey, Ticket ticket, boolean reprint) {
        Optional<ShopProfile> profile = shop.get();
        profile.ifPresent(p -> {
            s.text(p.name(), s.body() * 1.35f, true, Sheet.Align.CENTER);
            s.text(p.address(), s.body(), false, Sheet.Align.CENTER);
            s.text(both("print.phone") + " " + PhoneNumber.display(p.phone()), s.body(), false, Sheet.Align.CENTER);
        });
        s.rule();
        s.text(both(titleKey), s.body() * 1.3f, true, Sheet.Align.CENTER);
        if (reprint) {
            s.text("*** " + both("print.reprint") + " ***", s.body() * 1.2f, true, Sheet.Align.CENTER);
        }
        s.text(ticket.ticketNo(), s.body() * 2f, true, Sheet.Align.CENTER);
        s.code128(ticket.ticketNo(), s.body() * 4f);
    }

    private void customerCopy(Sheet s, Ticket ticket, ClaimSummary claim, JsonNode decision, boolean reprint) {
        header(s, "print.ticket.title", ticket, reprint);
        s.qr(ticket.ticketNo(), s.body() * 8f);
        s.rule();
        s.text(both("print.received") + ": " + date(ticket.createdAt().toLocalDate()));
        s.text(both("print.promised") + ": " + date(ticket.promisedDate()), s.body(), true, Sheet.Align.LEFT);
        s.text(both("print.staff") + ": " + claim.staffName());
        s.rule();
        s.text(both("print.customer") + ": " + claim.customerName());
        s.text(both("print.phone") + ": " + PhoneNumber.masked(claim.customerPhone()));
        s.text(both("print.item") + ": " + claim.itemDescription());
        s.text(claim.receiptNo().map(no -> both("print.receipt") + ": " + no).orElse(both("print.noReceipt")));
        s.text(both("print.complaint") + ": " + claim.complaint());
        s.gap(4);
        s.text(both("print.findings") + ":", s.body(), true, Sheet.Align.LEFT);
        if (claim.findings().isEmpty()) {
            s.text("  " + both("print.noFindings"));
        }
        Policy policy = claims.policy();
        for (String code : claim.findings()) {
            s.text("• " + policy.finding(code).map(FindingRule::label).map(l -> l.en() + " " + l.zh()).orElse(code));
        }
        s.rule();
        s.text(both("print.decision") + ": " + en.getString("verdict." + claim.finalVerdict()) + " "
                + zh.getString("verdict." + claim.finalVerdict()), s.body() * 1.15f, true, Sheet.Align.LEFT);
        // An override is told plainly, once in each language: who, why, and what the policy said.
        claim.override().ifPresent(o -> {
            for (ResourceBundle b : new ResourceBundle[] {en, zh}) {
                s.text(MessageFormat.format(b.getString("print.override"), claim.overrideBy().orElse(""), o.reason(),
                        b.getString("verdict." + claim.policyVerdict())));
            }
        });
        s.text(both("print.warranty") + ": " + warranty(decision));
        if (!decision.path("coverage").isNull() && decision.has("coverage")) {
            clause(s, decision.get("coverage"));
        }
        for (JsonNode flag : decision.path("flags")) {
            clause(s, flag);
        }
        s.gap(4);
        s.text(both("print.quote") + ": " + quote(ticket), s.body(), true, Sheet.Align.LEFT);
        s.rule();
        s.text(both("print.terms") + ":", s.body(), true, Sheet.Align.LEFT);
        for (JsonNode term : decision.path("terms")) {
            s.text("• " + term.path("text").path("en").asText());
            s.text("  " + term.path("text").path("zh").asText());
        }
        // Cap. 294 asks for a notice on the counter's wall (NoticePrintService.shopNotice); the copy the
        // customer takes home repeats it in short, so the right of sale never comes as a surprise.
        s.gap(4);
        s.text(both("print.cap294.title") + ":", s.body(), true, Sheet.Align.LEFT);
        s.text(en.getString("print.cap294.text"));
        s.text(zh.getString("print.cap294.text"));
        s.gap(4);
        s.text(en.getString("print.pics"), s.body() * 0.85f, false, Sheet.Align.LEFT);
        s.text(zh.getString("print.pics"), s.body() * 0.85f, false, Sheet.Align.LEFT);
        s.gap(6);
        s.text(en.getString("print.keep") + " " + zh.getString("print.keep"), s.body(), true, Sheet.Align.LEFT);
        // Both signatures on the same sheet of an A5 copy, never one left alone on a page of its own.
        s.together(() -> {
            signature(s, "print.signature.customer");
            signature(s, "print.signature.staff");
        });
    }

    private void tag(Sheet s, Ticket ticket, boolean reprint) {
        if (reprint) {
            s.text(both("print.reprint"), s.body(), true, Sheet.Align.CENTER);
        }
        s.text(both("print.tag.title"), s.body(), true, Sheet.Align.CENTER);
        s.text(ticket.ticketNo(), s.body() * 2f, true, Sheet.Align.CENTER);
        s.code128(ticket.ticketNo(), s.body() * 3.5f);
        s.text(ticket.itemDescription());
        s.text(both("print.promised") + ": " + date(ticket.promisedDate()), s.body(), true, Sheet.Align.LEFT);
        s.text(both("print.last4") + ": " + ticket.last4() + " · " + en.getString("verdict." + ticket.verdict()) + " "
                + zh.getString("verdict." + ticket.verdict()));
    }

    private void collection(Sheet s, Ticket ticket, ClaimSummary claim, boolean reprint) {
        header(s, "print.collection.title", ticket, reprint);
        s.rule();
        s.text(both("print.collected") + ": " + ticket.collectedAt().map(t -> date(t.toLocalDate())).orElse("—"));
        s.text(both("print.customer") + ": " + claim.customerName());
        s.text(both("print.phone") + ": " + PhoneNumber.masked(claim.customerPhone()));
        s.text(both("print.item") + ": " + claim.itemDescription());
        ticket.outcome().ifPresent(o -> s.text(both("print.outcome") + ": " + both("print.outcome." + o.name())));
        s.text(both("print.charge") + ": " + money(ticket.finalCharge().orElse(BigDecimal.ZERO)), s.body(), true,
                Sheet.Align.LEFT);
        s.text(both("print.staff") + ": " + claim.staffName());
        signature(s, "print.signature.customer");
    }

    private void clause(Sheet s, JsonNode clause) {
        s.text(clause.path("title").path("en").asText() + " " + clause.path("title").path("zh").asText(), s.body(), true,
                Sheet.Align.LEFT);
        s.text(clause.path("text").path("en").asText());
        s.text(clause.path("text").path("zh").asText());
        for (JsonNode why : clause.path("because")) {
            s.text(why.path("en").asText());
            s.text(why.path("zh").asText());
        }
    }

    private void signature(Sheet s, String key) {
        s.gap(s.body() * 2.5f);
        s.text("_______________________________");
        s.text(both(key));
    }

    private String warranty(JsonNode decision) {
        JsonNode ends = decision.path("warrantyEnds");
        if (ends.isNull() || ends.isMissingNode()) {
            boolean noReceipt = false;
            for (JsonNode flag : decision.path("flags")) {
                noReceipt |= "NO_PROOF_OF_PURCHASE".equals(flag.path("code").asText());
            }
            String key = noReceipt ? "print.warranty.noReceipt" : "print.warranty.finalSale";
            int months = decision.path("warrantyMonths").asInt();
            return MessageFormat.format(en.getString(key), months) + " " + MessageFormat.format(zh.getString(key), months);
        }
        LocalDate end = LocalDate.parse(ends.asText());
        LocalDate claimDate = LocalDate.parse(decision.path("claimDate").asText());
        String key = claimDate.isAfter(end) ? "print.warranty.expired" : "print.warranty.until";
        return MessageFormat.format(en.getString(key), EN.format(end)) + " "
                + MessageFormat.format(zh.getString(key), ZH.format(end));
    }

    private String quote(Ticket ticket) {
        if (!ticket.chargeable()) {
            return both("print.quote.none");
        }
        return ticket.quote().map(TicketPrintService::money).orElse(both("print.quote.later"));
    }

    private String both(String key) {
        return en.getString(key) + " " + zh.getString(key);
    }

    private static String date(LocalDate date) {
        return EN.format(date) + " " + ZH.format(date);
    }

    static String money(BigDecimal amount) {
        return Money.of(amount).format();
    }
}
