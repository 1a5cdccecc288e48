package dev.commandcenter.ui.access;

import java.util.List;

/** The addresses on this machine's interfaces; replaceable so tests can simulate a machine. */
public interface MachineAddresses {

    List<NicAddress> addresses();
}
