import java.net.ServerSocket;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicLong;
import org.jsmpp.bean.*;
import org.jsmpp.extra.ProcessRequestException;
import org.jsmpp.session.*;
import org.jsmpp.util.MessageId;

/**
 * An SMPP sink for the benchmark: accepts binds, answers every submit_sm at once, sends a DELIVRD
 * receipt for each, and prints submit_sm per second. Usage: java -cp <jsmpp> SmppSink.java <port>
 */
public class SmppSink {

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        AtomicLong submits = new AtomicLong();
        AtomicLong ids = new AtomicLong(1);
        // Receipts go out as an SMSC sends them, several deliver_sm waiting for their answers at once (a window of 16).
        ScheduledExecutorService receipts = Executors.newScheduledThreadPool(16);
        Executors.newSingleThreadScheduledExecutor().scheduleAtFixedRate(() -> {
            System.out.println("submit_sm total " + submits.get());
        }, 1, 1, java.util.concurrent.TimeUnit.SECONDS);
        try (SMPPServerSessionListener listener = new SMPPServerSessionListener(port)) {
            listener.setPduProcessorDegree(8);
            while (true) {
                SMPPServerSession session = listener.accept();
                session.setMessageReceiverListener(new ServerMessageReceiverListener() {
                    public SubmitSmResult onAcceptSubmitSm(SubmitSm sm, SMPPServerSession s) throws ProcessRequestException {
                        submits.incrementAndGet();
                        String id = Long.toHexString(ids.incrementAndGet());
                        receipts.execute(() -> {
                            try {
                                s.deliverShortMessage("", TypeOfNumber.INTERNATIONAL, NumberingPlanIndicator.ISDN, sm.getDestAddress(),
                                        TypeOfNumber.UNKNOWN, NumberingPlanIndicator.UNKNOWN, sm.getSourceAddr(), new ESMClass(0x04),
                                        (byte) 0, (byte) 0, new RegisteredDelivery(0), DataCodings.ZERO,
                                        ("id:" + id + " sub:001 dlvrd:001 submit date:2611250000 done date:2611250000 stat:DELIVRD err:000 text:").getBytes());
                            } catch (Exception ignored) {
                            }
                        });
                        try {
                            return new SubmitSmResult(new MessageId(id), new OptionalParameter[0]);
                        } catch (Exception e) {
                            throw new ProcessRequestException("id", 8);
                        }
                    }
                    public SubmitMultiResult onAcceptSubmitMulti(SubmitMulti m, SMPPServerSession s) throws ProcessRequestException { throw new ProcessRequestException("no", 3); }
                    public QuerySmResult onAcceptQuerySm(QuerySm q, SMPPServerSession s) throws ProcessRequestException { throw new ProcessRequestException("no", 3); }
                    public void onAcceptReplaceSm(ReplaceSm r, SMPPServerSession s) throws ProcessRequestException { throw new ProcessRequestException("no", 3); }
                    public void onAcceptCancelSm(CancelSm c, SMPPServerSession s) throws ProcessRequestException { throw new ProcessRequestException("no", 3); }
                    public BroadcastSmResult onAcceptBroadcastSm(BroadcastSm b, SMPPServerSession s) throws ProcessRequestException { throw new ProcessRequestException("no", 3); }
                    public void onAcceptCancelBroadcastSm(CancelBroadcastSm c, SMPPServerSession s) throws ProcessRequestException { throw new ProcessRequestException("no", 3); }
                    public QueryBroadcastSmResult onAcceptQueryBroadcastSm(QueryBroadcastSm q, SMPPServerSession s) throws ProcessRequestException { throw new ProcessRequestException("no", 3); }
                    public DataSmResult onAcceptDataSm(DataSm d, Session s) throws ProcessRequestException { throw new ProcessRequestException("no", 3); }
                });
                session.waitForBind(5000).accept("sink");
            }
        }
    }
}
