package com.creditline.risk.behaviour;

import com.creditline.common.id.CustomerId;
import com.creditline.common.time.BusinessClock;
import com.creditline.risk.behaviour.model.BehaviourSnapshot;
import com.creditline.risk.behaviour.model.CustomerBehaviour;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Applies an event to the customer's behaviour on the business date, creating it on first sight. */
@Service
public class BehaviourRecording {

    private final CustomerBehaviours behaviours;
    private final BusinessClock clock;

    BehaviourRecording(CustomerBehaviours behaviours, BusinessClock clock) {
        this.behaviours = behaviours;
        this.clock = clock;
    }

    /** Runs inside the inbox's transaction, so the change and the event's receipt commit together. */
    @Transactional
    public void record(String customerId, BiConsumer<CustomerBehaviour, LocalDate> change) {
        CustomerId id = CustomerId.of(customerId);
        LocalDate today = clock.businessDate();
        CustomerBehaviour behaviour = behaviours.lock(id).orElseGet(() -> CustomerBehaviour.of(id, today));
        change.accept(behaviour, today);
        behaviours.save(behaviour);
    }

    /** The customer's behaviour as kept, for what reads its history (the outcome of an application). */
    @Transactional(readOnly = true)
    public Optional<CustomerBehaviour> behaviourOf(CustomerId customerId) {
        return behaviours.findById(customerId);
    }

    @Transactional(readOnly = true)
    public Optional<BehaviourSnapshot> snapshot(CustomerId customerId) {
        return behaviours.findById(customerId).map(b -> b.snapshot(clock.businessDate()));
    }
}
