package io.smsgateway.provider.smpp;

import io.smsgateway.kernel.Encoding;
import io.smsgateway.kernel.MessageStatus;
import io.smsgateway.kernel.WireEncoding;
import io.smsgateway.provider.OutboundSms;
import io.smsgateway.provider.PartState;
import io.smsgateway.provider.ProviderEvents;
import io.smsgateway.provider.SmsProvider;
import io.smsgateway.provider.SubmissionIntent;
import io.smsgateway.provider.SubmitOutcome;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jsmpp.InvalidResponseException;
import org.jsmpp.bean.Alphabet;
import org.jsmpp.bean.BindType;
import org.jsmpp.bean.DataCoding;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.GeneralDataCoding;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.RegisteredDelivery;
import org.jsmpp.bean.SMSCDeliveryReceipt;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.extra.NegativeResponseException;
import org.jsmpp.extra.ResponseTimeoutException;
import org.jsmpp.extra.SessionState;
import org.jsmpp.session.BindParameter;
import org.jsmpp.session.QuerySmResult;
import org.jsmpp.session.SMPPSession;

/**
 * An SMPP 3.4 upstream through jSMPP. It binds as a transceiver (or a transmitter plus a receiver),
 * keeps the bind alive with enquire_link, and rebinds with exponential backoff and jitter whenever a
 * session closes. Submissions are bounded by a window (submits awaiting their response); throttling
 * answers slow down and retry instead of failing the message.
 */
public class SmppProvider implements SmsProvider {

    private static final Logger LOG = Logger.getLogger(SmppProvider.class.getName());
    /** Receipts (deliver_sm) an SMSC commonly sends before it waits for their answers: its own window. */
    private static final int RECEIPTS_IN_FLIGHT = 10;
    private static final int ESME_RTHROTTLED = 0x58;
    private static final int ESME_RMSGQFUL = 0x14;
    private static final AtomicInteger CONCAT_REFERENCE = new AtomicInteger(ThreadLocalRandom.current().nextInt(256));

    private final String name;
    private final SmppSettings settings;
    private final ProviderEvents events;
    private final ScheduledExecutorService scheduler;
    private final Semaphore window;
    private final SmppReceiver receiver;

    private volatile SMPPSession transmitter;
    private volatile SMPPSession receiverSession;
    private volatile boolean closed;
    private int reconnectAttempt;
    /** One reconnect loop per provider: a failed bind and the CLOSED event it causes must not each schedule one. */
    private final AtomicBoolean reconnectScheduled = new AtomicBoolean();

    public SmppProvider(String name, SmppSettings settings, ProviderEvents events, ScheduledExecutorService scheduler) {
        this.name = name;
        this.settings = settings;
        this.events = events;
        this.scheduler = scheduler;
        this.window = new Semaphore(settings.window(), true);
        this.receiver = new SmppReceiver(name, events, settings.receiptIdFormat());
        scheduler.execute(this::connect);
    }

    @Override
    public boolean isAvailable() {
        SMPPSession session = transmitter;
        return !closed && session != null && session.getSessionState().isTransmittable();
    }

    /** With a separate receiver, receipts and inbound messages need it bound as well. */
    private boolean receiverBound() {
        SMPPSession session = receiverSession;
        return !settings.separateReceiver() || (session != null && session.getSessionState().isBound());
    }

    /**
     * Binds whichever session is missing: the transmitter (or transceiver), and the receiver when
     * there is one. A session that is bound is kept, so a failing receiver bind never leaves a second
     * transmitter behind.
     */
    private synchronized void connect() {
        reconnectScheduled.set(false);
        if (closed || (isAvailable() && receiverBound())) {
            return;
        }
        try {
            if (!isAvailable()) {
                SMPPSession broken = transmitter;
                transmitter = null;
                close(broken);
                transmitter = bind(settings.separateReceiver() ? BindType.BIND_TX : BindType.BIND_TRX);
            }
            if (!receiverBound()) {
                SMPPSession broken = receiverSession;
                receiverSession = null;
                close(broken);
                receiverSession = bind(BindType.BIND_RX);
            }
            reconnectAttempt = 0;
            LOG.info(() -> "SMPP provider " + name + " bound to " + settings);
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "SMPP provider " + name + " could not bind to " + settings + ": " + e.getMessage());
            scheduleReconnect();
        }
    }

    private static void close(SMPPSession session) {
        if (session != null) {
            try {
                session.close();
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "closing an SMPP session", e);
            }
        }
    }

    private SMPPSession bind(BindType type) throws IOException {
        SMPPSession session = new SMPPSession();
        // Each PDU the SMSC sends is handled on one of these threads, and a receipt holds its thread until
        // it is stored. With jSMPP's 3, a few receipts sent before their submit_sm_resp (which SMSCs do)
        // left the responses waiting behind them until the transaction timer declared them lost. Enough
        // threads for a whole window of responses beside as many receipts as an SMSC commonly has in flight.
        session.setPduProcessorDegree(settings.window() + RECEIPTS_IN_FLIGHT);
        session.setTransactionTimer(settings.responseTimeoutMillis());
        session.setEnquireLinkTimer(settings.enquireLinkSeconds() * 1000);
        session.setMessageReceiverListener(receiver);
        session.addSessionStateListener((newState, oldState, source) -> {
            // Only a session in use reconnects: one that failed to bind is the bind's own failure, handled there.
            if (newState == SessionState.CLOSED && !closed && (source == transmitter || source == receiverSession)) {
                LOG.warning(() -> "SMPP provider " + name + " lost its session (" + oldState + " -> CLOSED)");
                scheduleReconnect();
            }
        });
        try {
            session.connectAndBind(settings.host(), settings.port(), new BindParameter(type, settings.systemId(),
                    settings.password(), settings.systemType(), TypeOfNumber.UNKNOWN, NumberingPlanIndicator.UNKNOWN, null),
                    settings.bindTimeoutMillis());
        } catch (IOException | RuntimeException e) {
            close(session);
            throw e;
        }
        return session;
    }

    private synchronized void scheduleReconnect() {
        if (closed || !reconnectScheduled.compareAndSet(false, true)) {
            return;
        }
        long ceiling = Math.min(settings.reconnectMaxSeconds() * 1000L, 500L * (1L << Math.min(reconnectAttempt, 16)));
        long delay = ceiling / 2 + ThreadLocalRandom.current().nextLong(ceiling / 2 + 1);
        reconnectAttempt++;
        scheduler.schedule(this::connect, delay, TimeUnit.MILLISECONDS);
    }

    @Override
    public SubmitOutcome submit(OutboundSms sms, SubmissionIntent intent) {
        SMPPSession session = transmitter;
        if (session == null || !session.getSessionState().isTransmittable()) {
            return new SubmitOutcome.Unavailable("not bound");
        }
        List<String> parts = sms.text().parts();
        Encoding encoding = sms.text().encoding();
        int reference = CONCAT_REFERENCE.incrementAndGet() & 0xFF;
        List<String> ids = new ArrayList<>(parts.size());
        for (int index = 0; index < parts.size(); index++) {
            byte[] payload = payload(WireEncoding.encode(parts.get(index), encoding), reference, index + 1, parts.size());
            PartResult result = submitPart(session, sms, payload, parts.size() > 1, encoding, index == 0 ? intent : null);
            if (result.messageId != null) {
                ids.add(result.messageId);
            } else if (ids.isEmpty()) {
                return result.outcome;
            } else {
                // Earlier parts are with the SMSC already: resending would duplicate them.
                return new SubmitOutcome.Accepted(ids, result.outcome);
            }
        }
        return SubmitOutcome.Accepted.all(ids);
    }

    private record PartResult(String messageId, SubmitOutcome outcome) {
    }

    @Override
    public WindowUse windowUse() {
        return new WindowUse(settings.window() - window.availablePermits(), settings.window());
    }

    /** Sends one part once a window slot is free; {@code intent}, when given, is recorded right before it goes out. */
    private PartResult submitPart(SMPPSession session, OutboundSms sms, byte[] payload, boolean concatenated, Encoding encoding,
            SubmissionIntent intent) {
        String source = sms.originator() != null ? sms.originator() : settings.sourceAddress();
        boolean alphanumeric = isAlphanumeric(source);
        DataCoding coding = new GeneralDataCoding(encoding == Encoding.UCS2 ? Alphabet.ALPHA_UCS2 : Alphabet.ALPHA_DEFAULT);
        boolean intentRecorded = intent == null;
        for (int attempt = 0; ; attempt++) {
            boolean acquired = false;
            boolean writing = false;
            try {
                acquired = window.tryAcquire(settings.responseTimeoutMillis(), TimeUnit.MILLISECONDS);
                if (!acquired) {
                    return new PartResult(null, new SubmitOutcome.Unavailable("submit window full"));
                }
                if (!intentRecorded) {
                    if (!intent.record()) {
                        return new PartResult(null, new SubmitOutcome.ClaimLost());
                    }
                    intentRecorded = true;
                }
                writing = true;
                String id = session.submitShortMessage("",
                        alphanumeric ? TypeOfNumber.ALPHANUMERIC : TypeOfNumber.INTERNATIONAL,
                        alphanumeric ? NumberingPlanIndicator.UNKNOWN : NumberingPlanIndicator.ISDN,
                        sourceAddress(source),
                        TypeOfNumber.INTERNATIONAL, NumberingPlanIndicator.ISDN, sms.destination().substring(1),
                        new ESMClass(concatenated ? 0x40 : 0), (byte) 0, (byte) 1, null, null,
                        new RegisteredDelivery(SMSCDeliveryReceipt.SUCCESS_FAILURE), (byte) 0,
                        coding,
                        (byte) 0, payload).getMessageId();
                return new PartResult(id, null);
            } catch (NegativeResponseException e) {
                int status = e.getCommandStatus();
                if ((status == ESME_RTHROTTLED || status == ESME_RMSGQFUL) && attempt < settings.throttleRetries()) {
                    sleep(settings.throttleBackoffMillis() * (1L << Math.min(attempt, 6)));
                    continue;
                }
                if (status == ESME_RTHROTTLED || status == ESME_RMSGQFUL) {
                    return new PartResult(null, new SubmitOutcome.Unavailable("SMSC still throttling (0x" + Integer.toHexString(status) + ")"));
                }
                return new PartResult(null, new SubmitOutcome.Rejected(String.format("SMPP_0x%02X", status),
                        "submit_sm refused with command_status 0x" + Integer.toHexString(status)));
            } catch (ResponseTimeoutException | InvalidResponseException e) {
                // The submit_sm went out (jSMPP keeps waiting when the link drops): the SMSC may have taken
                // it. Resending could deliver it twice, refusing it would be a lie.
                String reason = e instanceof ResponseTimeoutException ? "no submit_sm_resp within " + settings.responseTimeoutMillis() + " ms"
                        : "an answer that is no submit_sm_resp: " + e.getMessage();
                LOG.warning(() -> "SMPP provider " + name + ": " + reason + " for message " + sms.messageId() + " to "
                        + sms.destination() + ": it is UNCERTAIN");
                return new PartResult(null, new SubmitOutcome.Uncertain(reason));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new PartResult(null, writing ? new SubmitOutcome.Uncertain("interrupted while waiting for the answer")
                        : new SubmitOutcome.Unavailable("interrupted"));
            } catch (Exception e) {
                // Writing the PDU failed (jSMPP closed the session): nothing complete reached the SMSC.
                return new PartResult(null, new SubmitOutcome.Unavailable(e.getClass().getSimpleName() + ": " + e.getMessage()));
            } finally {
                if (acquired) {
                    window.release();
                }
            }
        }
    }

    private static boolean isAlphanumeric(String source) {
        return source != null && !source.matches("\\+?[0-9]+");
    }

    private static String sourceAddress(String source) {
        return source == null ? "" : source.replaceFirst("^\\+", "");
    }

    @Override
    public Optional<Duration> queryStateAfter() {
        return settings.querySmAfterSeconds() > 0 ? Optional.of(Duration.ofSeconds(settings.querySmAfterSeconds())) : Optional.empty();
    }

    /**
     * {@code query_sm} for a part whose receipt is overdue, under the source address it was sent from
     * (SMPP 3.4 requires it). Final states settle the part; ENROUTE, ACCEPTED and the like do not.
     */
    @Override
    public PartState queryState(String submittedId, String originator) {
        SMPPSession session = transmitter;
        if (session == null || !session.getSessionState().isTransmittable()) {
            return PartState.unanswered();
        }
        String source = originator != null ? originator : settings.sourceAddress();
        boolean alphanumeric = isAlphanumeric(source);
        try {
            QuerySmResult result = session.queryShortMessage(submittedId,
                    alphanumeric ? TypeOfNumber.ALPHANUMERIC : TypeOfNumber.INTERNATIONAL,
                    alphanumeric ? NumberingPlanIndicator.UNKNOWN : NumberingPlanIndicator.ISDN, sourceAddress(source));
            return switch (result.getMessageState()) {
                case DELIVERED -> PartState.settled(MessageStatus.DELIVERED);
                case UNDELIVERABLE -> PartState.settled(MessageStatus.UNDELIVERED);
                case EXPIRED -> PartState.settled(MessageStatus.EXPIRED);
                case REJECTED -> PartState.settled(MessageStatus.REJECTED);
                case DELETED -> PartState.settled(MessageStatus.FAILED);
                default -> PartState.pending();
            };
        } catch (NegativeResponseException e) {
            LOG.fine(() -> "SMPP provider " + name + " refused query_sm for " + submittedId + " (0x" + Integer.toHexString(e.getCommandStatus()) + ")");
            return PartState.unanswered();
        } catch (Exception e) {
            LOG.fine(() -> "SMPP provider " + name + ": query_sm for " + submittedId + " failed: " + e);
            return PartState.unanswered();
        }
    }

    /** Prefixes a concatenation UDH (IEI 0x00, 8-bit reference) when the message has several parts. */
    static byte[] payload(byte[] content, int reference, int sequence, int total) {
        if (total == 1) {
            return content;
        }
        byte[] payload = new byte[content.length + 6];
        payload[0] = 0x05;
        payload[1] = 0x00;
        payload[2] = 0x03;
        payload[3] = (byte) reference;
        payload[4] = (byte) total;
        payload[5] = (byte) sequence;
        System.arraycopy(content, 0, payload, 6, content.length);
        return payload;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        closed = true;
        closeSessions();
    }

    private void closeSessions() {
        for (SMPPSession session : new SMPPSession[] {transmitter, receiverSession}) {
            if (session != null) {
                try {
                    if (session.getSessionState().isBound()) {
                        session.unbindAndClose();
                    } else {
                        session.close();
                    }
                } catch (RuntimeException e) {
                    LOG.log(Level.FINE, "closing SMPP session", e);
                }
            }
        }
        transmitter = null;
        receiverSession = null;
    }
}
