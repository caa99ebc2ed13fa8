"""The outbox: every change made on a remote platform goes through here, so nothing waits on the network.

A business change and its outbox item are written in one transaction (``queue.enqueue``); one sender per
desk (``sender.Sender``, guarded by ``lock.SenderLock``) drains the items later, claiming each one and
committing that claim before any network call, so a crash always leaves evidence that the next start
reconciles before anything is sent again. People settle what the machine cannot (``review``).
"""
