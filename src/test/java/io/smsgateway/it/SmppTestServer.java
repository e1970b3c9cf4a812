package io.smsgateway.it;

import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.jsmpp.bean.BroadcastSm;
import org.jsmpp.bean.CancelBroadcastSm;
import org.jsmpp.bean.CancelSm;
import org.jsmpp.bean.DataCodings;
import org.jsmpp.bean.DataSm;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.MessageState;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.QueryBroadcastSm;
import org.jsmpp.bean.QuerySm;
import org.jsmpp.bean.RegisteredDelivery;
import org.jsmpp.bean.ReplaceSm;
import org.jsmpp.bean.SubmitMulti;
import org.jsmpp.bean.SubmitSm;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.extra.ProcessRequestException;
import org.jsmpp.session.BindRequest;
import org.jsmpp.session.BroadcastSmResult;
import org.jsmpp.session.DataSmResult;
import org.jsmpp.session.QueryBroadcastSmResult;
import org.jsmpp.session.QuerySmResult;
import org.jsmpp.session.SMPPServerSession;
import org.jsmpp.session.SMPPServerSessionListener;
import org.jsmpp.session.ServerMessageReceiverListener;
import org.jsmpp.session.Session;
import org.jsmpp.session.SubmitMultiResult;
import org.jsmpp.session.SubmitSmResult;
import org.jsmpp.util.MessageId;

/**
 * An SMSC for the tests, on jSMPP's server API over real TCP. It answers submit_sm with hex ids and
 * sends receipts quoting them in decimal (as some SMSCs do), can throttle, can drop every session,
 * and records what it received.
 */
public final class SmppTestServer implements AutoCloseable {

    /** A submit_sm as received. */
    public record Submitted(String messageId, String source, String destination, int dataCoding, int esmClass, byte[] shortMessage) {
    }

    private final SMPPServerSessionListener listener;
    private final ExecutorService acceptor = Executors.newSingleThreadExecutor();
    private final ScheduledExecutorService receipts = Executors.newScheduledThreadPool(2);
    private final List<SMPPServerSession> sessions = new CopyOnWriteArrayList<>();
    private final List<Submitted> submitted = new CopyOnWriteArrayList<>();
    private final AtomicLong nextId = new AtomicLong(0x1A2B3C00L);
    private final AtomicInteger throttleNext = new AtomicInteger();
    private final AtomicInteger binds = new AtomicInteger();
    private volatile String receiptStat = "DELIVRD";
    private volatile boolean running = true;
    private volatile boolean decimalSubmitIds;
    private volatile boolean receiptIdsLikeSubmitIds;
    private volatile boolean receiptsBeforeResponse;
    private volatile int leaveUnansweredEvery;
    private volatile boolean receiptsForUnanswered = true;
    private volatile java.util.function.LongFunction<String> statById;
    private final AtomicInteger submits = new AtomicInteger();
    private final AtomicInteger bindAttempts = new AtomicInteger();
    private final AtomicInteger refuseBinds = new AtomicInteger();
    private final List<SMPPServerSession> receivers = new CopyOnWriteArrayList<>();
    private final List<SMPPServerSession> transmitters = new CopyOnWriteArrayList<>();
    private final java.util.Queue<PendingReceipt> undeliveredReceipts = new java.util.concurrent.ConcurrentLinkedQueue<>();
    private volatile long respondAfterMillis;
    private volatile boolean withholdReceipts;
    private final java.util.Map<String, String> statBySubmitId = new java.util.concurrent.ConcurrentHashMap<>();
    private final AtomicInteger queries = new AtomicInteger();

    /** A receipt whose session was gone: kept and sent over the next bind, as SMSCs store and forward them. */
    private record PendingReceipt(SubmitSm submitSm, String receiptId, String stat) {
    }

    public SmppTestServer() throws IOException {
        int port;
        try (java.net.ServerSocket probe = new java.net.ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        listener = new SMPPServerSessionListener(port);
        listener.setTimeout(500);
        acceptor.execute(this::acceptLoop);
    }

    public int port() {
        return listener.getPort();
    }

    public List<Submitted> submitted() {
        return List.copyOf(submitted);
    }

    public int binds() {
        return binds.get();
    }

    /** The next {@code count} submit_sm are answered ESME_RTHROTTLED. */
    public void throttleNext(int count) {
        throttleNext.set(count);
    }

    public void receiptStat(String stat) {
        this.receiptStat = stat;
    }

    /** submit_sm_resp ids in decimal instead of hexadecimal. */
    public void decimalSubmitIds(boolean decimal) {
        this.decimalSubmitIds = decimal;
    }

    /** Receipts write the id as the submit_sm_resp did (the standard); by default they use the other base. */
    public void receiptIdsLikeSubmitIds(boolean same) {
        this.receiptIdsLikeSubmitIds = same;
    }

    /** The next id handed out is {@code first}. */
    public void startIdsAt(long first) {
        nextId.set(first - 1);
    }

    /** The receipt's stat for a given id (as a number), instead of the one for all. */
    public void statById(java.util.function.LongFunction<String> stats) {
        this.statById = stats;
    }

    /**
     * How many PDUs of one session are worked on at once (jSMPP's default is 3), as an SMSC that takes
     * a whole window concurrently does; applies to the sessions bound from now on.
     */
    public void processConcurrently(int pdus) {
        listener.setPduProcessorDegree(pdus);
    }

    /** Each submit_sm is answered only after this long (its receipt still comes 200 ms after it arrived). */
    public void respondAfter(long millis) {
        this.respondAfterMillis = millis;
    }

    /** Each receipt is sent before the submit_sm_resp of its message. */
    public void receiptsBeforeResponse(boolean before) {
        this.receiptsBeforeResponse = before;
    }

    /**
     * Every {@code n}th submit_sm (0: none) is taken but never answered, as a congested SMSC does; its
     * receipt still comes when {@code withReceipts}, under an id the gateway never learned.
     */
    public void leaveUnansweredEvery(int n, boolean withReceipts) {
        submits.set(0);
        this.leaveUnansweredEvery = n;
        this.receiptsForUnanswered = withReceipts;
    }

    /** Receipts are never sent (lost on the SMSC's side); the state of each message is still known to query_sm. */
    public void withholdReceipts(boolean withhold) {
        this.withholdReceipts = withhold;
    }

    /** query_sm requests answered so far. */
    public int queries() {
        return queries.get();
    }

    /** Bind requests received, refused ones included. */
    public int bindAttempts() {
        return bindAttempts.get();
    }

    /** The next {@code count} bind requests are refused (ESME_RBINDFAIL), as an SMSC at its bind limit does. */
    public void refuseBinds(int count) {
        refuseBinds.set(count);
    }

    /** Closes the receiver sessions (bind_receiver) only, as when the RX link alone drops. */
    public void dropReceiverSessions() {
        for (SMPPServerSession session : receivers) {
            session.close();
            sessions.remove(session);
        }
        receivers.clear();
    }

    /** Bound receiver sessions (bind_receiver) open now. */
    public int openReceivers() {
        return (int) receivers.stream().filter(session -> session.getSessionState().isBound()).count();
    }

    /** Closes every bound session, as a network drop would. */
    public void dropSessions() {
        for (SMPPServerSession session : sessions) {
            session.close();
        }
        sessions.clear();
    }

    private void acceptLoop() {
        while (running) {
            try {
                SMPPServerSession session = listener.accept();
                session.setMessageReceiverListener(new Receiver());
                BindRequest bind = session.waitForBind(5_000);
                bindAttempts.incrementAndGet();
                if (!"secret".equals(bind.getPassword())) {
                    bind.reject(0x0E);
                    continue;
                }
                if (refuseBinds.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                    bind.reject(0x0D);
                    continue;
                }
                bind.accept("test-smsc");
                binds.incrementAndGet();
                sessions.add(session);
                receipts.schedule(() -> forwardUndeliveredReceipts(session), 500, TimeUnit.MILLISECONDS);
                if (bind.getBindType() == org.jsmpp.bean.BindType.BIND_RX) {
                    receivers.add(session);
                } else if (bind.getBindType() == org.jsmpp.bean.BindType.BIND_TX) {
                    transmitters.add(session);
                }
            } catch (java.net.SocketTimeoutException idle) {
                // check running again
            } catch (Exception e) {
                if (running) {
                    e.printStackTrace();
                }
            }
        }
    }

    private final class Receiver implements ServerMessageReceiverListener {

        @Override
        public SubmitSmResult onAcceptSubmitSm(SubmitSm submitSm, SMPPServerSession source) throws ProcessRequestException {
            if (throttleNext.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                throw new ProcessRequestException("throttled", 0x58);
            }
            long id = nextId.incrementAndGet();
            String submitId = decimalSubmitIds ? Long.toString(id) : Long.toHexString(id).toUpperCase();
            String otherBase = decimalSubmitIds ? Long.toHexString(id) : BigInteger.valueOf(id).toString();
            String receiptId = receiptIdsLikeSubmitIds ? submitId : otherBase;
            submitted.add(new Submitted(submitId, submitSm.getSourceAddr(), submitSm.getDestAddress(), submitSm.getDataCoding() & 0xFF,
                    submitSm.getEsmClass() & 0xFF, submitSm.getShortMessage()));
            String stat = statById != null ? statById.apply(id) : receiptStat;
            statBySubmitId.put(submitId, stat);
            int every = leaveUnansweredEvery;
            if (every > 0 && submits.incrementAndGet() % every == 0) {
                if (receiptsForUnanswered) {
                    receipts.schedule(() -> sendReceipt(source, submitSm, receiptId, stat), 2_500, TimeUnit.MILLISECONDS);
                }
                sleepQuietly(4_000); // past the gateway's response timeout: the answer never comes in time
                throw new ProcessRequestException("answered too late on purpose", 0x08);
            }
            if (receiptsBeforeResponse) {
                sendReceipt(source, submitSm, receiptId, stat);
                sleepQuietly(100);
            } else {
                receipts.schedule(() -> sendReceipt(source, submitSm, receiptId, stat), 200, TimeUnit.MILLISECONDS);
            }
            if (respondAfterMillis > 0) {
                sleepQuietly(respondAfterMillis);
            }
            try {
                return new SubmitSmResult(new MessageId(submitId), new org.jsmpp.bean.OptionalParameter[0]);
            } catch (Exception e) {
                throw new ProcessRequestException(e.getMessage(), 0x08);
            }
        }

        @Override
        public SubmitMultiResult onAcceptSubmitMulti(SubmitMulti submitMulti, SMPPServerSession source) throws ProcessRequestException {
            throw new ProcessRequestException("unsupported", 0x03);
        }

        @Override
        public QuerySmResult onAcceptQuerySm(QuerySm querySm, SMPPServerSession source) throws ProcessRequestException {
            String stat = statBySubmitId.get(querySm.getMessageId());
            if (stat == null) {
                throw new ProcessRequestException("unknown message id", 0x0C); // ESME_RINVMSGID
            }
            queries.incrementAndGet();
            MessageState state = switch (stat) {
                case "DELIVRD" -> MessageState.DELIVERED;
                case "UNDELIV" -> MessageState.UNDELIVERABLE;
                case "EXPIRED" -> MessageState.EXPIRED;
                default -> MessageState.ENROUTE;
            };
            return new QuerySmResult("261125000100000+", state, (byte) 0);
        }

        @Override
        public void onAcceptReplaceSm(ReplaceSm replaceSm, SMPPServerSession source) throws ProcessRequestException {
            throw new ProcessRequestException("unsupported", 0x03);
        }

        @Override
        public void onAcceptCancelSm(CancelSm cancelSm, SMPPServerSession source) throws ProcessRequestException {
            throw new ProcessRequestException("unsupported", 0x03);
        }

        @Override
        public BroadcastSmResult onAcceptBroadcastSm(BroadcastSm broadcastSm, SMPPServerSession source) throws ProcessRequestException {
            throw new ProcessRequestException("unsupported", 0x03);
        }

        @Override
        public void onAcceptCancelBroadcastSm(CancelBroadcastSm cancelBroadcastSm, SMPPServerSession source) throws ProcessRequestException {
            throw new ProcessRequestException("unsupported", 0x03);
        }

        @Override
        public QueryBroadcastSmResult onAcceptQueryBroadcastSm(QueryBroadcastSm queryBroadcastSm, SMPPServerSession source)
                throws ProcessRequestException {
            throw new ProcessRequestException("unsupported", 0x03);
        }

        @Override
        public DataSmResult onAcceptDataSm(DataSm dataSm, Session source) throws ProcessRequestException {
            throw new ProcessRequestException("unsupported", 0x03);
        }
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A transmitter cannot take deliver_sm: its receipts go over a bound receiver of the same ESME. */
    private SMPPServerSession deliveringTo(SMPPServerSession session) {
        if (!transmitters.contains(session)) {
            return session;
        }
        return receivers.stream().filter(receiver -> receiver.getSessionState().isBound()).reduce((first, last) -> last).orElse(session);
    }

    private void forwardUndeliveredReceipts(SMPPServerSession session) {
        List<PendingReceipt> pending = new ArrayList<>();
        for (PendingReceipt receipt = undeliveredReceipts.poll(); receipt != null; receipt = undeliveredReceipts.poll()) {
            pending.add(receipt);
        }
        pending.forEach(receipt -> sendReceipt(session, receipt.submitSm(), receipt.receiptId(), receipt.stat()));
    }

    /**
     * Sends the receipt over the session the message came on (or its receiver). When that session is
     * gone (dropped on purpose, or the ESME died), it is stored and forwarded as an SMSC does: over a
     * session of the ESME bound now, else over the next bind.
     */
    private void sendReceipt(SMPPServerSession submittedOn, SubmitSm submitSm, String receiptId, String stat) {
        if (withholdReceipts) {
            return;
        }
        PendingReceipt receipt = new PendingReceipt(submitSm, receiptId, stat);
        SMPPServerSession session = deliveringTo(submittedOn);
        if (deliver(session, receipt)) {
            return;
        }
        Optional<SMPPServerSession> bound = boundReceiver().filter(other -> other != session);
        if (bound.isPresent() && deliver(bound.get(), receipt)) {
            return;
        }
        undeliveredReceipts.add(receipt);
        // A bind may have come (and forwarded what was stored) between the look above and the store.
        boundReceiver().ifPresent(this::forwardUndeliveredReceipts);
    }

    private Optional<SMPPServerSession> boundReceiver() {
        return sessions.stream().filter(session -> session.getSessionState().isBound() && !transmitters.contains(session))
                .reduce((first, last) -> last);
    }

    private boolean deliver(SMPPServerSession session, PendingReceipt receipt) {
        String stat = receipt.stat();
        String text = "id:" + receipt.receiptId() + " sub:001 dlvrd:" + (stat.equals("DELIVRD") ? "001" : "000")
                + " submit date:2611250000 done date:2611250001 stat:" + stat + " err:" + (stat.equals("DELIVRD") ? "000" : "001") + " text:";
        try {
            session.deliverShortMessage("", TypeOfNumber.INTERNATIONAL, NumberingPlanIndicator.ISDN, receipt.submitSm().getDestAddress(),
                    TypeOfNumber.UNKNOWN, NumberingPlanIndicator.UNKNOWN, receipt.submitSm().getSourceAddr(), new ESMClass(0x04),
                    (byte) 0, (byte) 0, new RegisteredDelivery(0), DataCodings.ZERO, text.getBytes());
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    /** Sends a receipt for an id this SMSC never gave out, from {@code recipient}; returns its text. */
    public String sendStrayReceipt(String recipient, String stat) throws Exception {
        String text = "id:" + (9_000_000 + nextId.incrementAndGet()) + " sub:001 dlvrd:001 submit date:2611250000 done date:2611250001 stat:"
                + stat + " err:000 text:";
        sessions.get(0).deliverShortMessage("", TypeOfNumber.INTERNATIONAL, NumberingPlanIndicator.ISDN, recipient,
                TypeOfNumber.UNKNOWN, NumberingPlanIndicator.UNKNOWN, "ACME", new ESMClass(0x04),
                (byte) 0, (byte) 0, new RegisteredDelivery(0), DataCodings.ZERO, text.getBytes());
        return text;
    }

    /** Sends a mobile-originated message to the gateway over the first bound session. */
    public void sendInbound(String from, String to, String text) throws Exception {
        sessions.get(0).deliverShortMessage("", TypeOfNumber.INTERNATIONAL, NumberingPlanIndicator.ISDN, from.replace("+", ""),
                TypeOfNumber.INTERNATIONAL, NumberingPlanIndicator.ISDN, to.replace("+", ""), new ESMClass(0),
                (byte) 0, (byte) 0, new RegisteredDelivery(0), DataCodings.ZERO, text.getBytes());
    }

    /** Sends the parts of a concatenated mobile-originated message (8-bit reference UDH), in the order given. */
    public void sendInboundParts(String from, String to, int reference, int total, int[] partNumbers, String[] texts) throws Exception {
        for (int i = 0; i < partNumbers.length; i++) {
            byte[] text = texts[i].getBytes();
            byte[] message = new byte[6 + text.length];
            message[0] = 5;
            message[1] = 0;
            message[2] = 3;
            message[3] = (byte) reference;
            message[4] = (byte) total;
            message[5] = (byte) partNumbers[i];
            System.arraycopy(text, 0, message, 6, text.length);
            sessions.get(0).deliverShortMessage("", TypeOfNumber.INTERNATIONAL, NumberingPlanIndicator.ISDN, from.replace("+", ""),
                    TypeOfNumber.INTERNATIONAL, NumberingPlanIndicator.ISDN, to.replace("+", ""), new ESMClass(0x40),
                    (byte) 0, (byte) 0, new RegisteredDelivery(0), DataCodings.ZERO, message);
        }
    }

    @Override
    public void close() throws IOException {
        running = false;
        dropSessions();
        listener.close();
        acceptor.shutdownNow();
        receipts.shutdownNow();
    }
}
