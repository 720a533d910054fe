//! Two independent halves of a job on two threads: the machines readout runs on have at least
//! two cores, and each readout's side of a comparison can be analysed on its own.

/// Runs `a` here and `b` on a second thread; returns both results.
pub fn both<A: Send, B: Send>(
    a: impl FnOnce() -> A + Send,
    b: impl FnOnce() -> B + Send,
) -> (A, B) {
    std::thread::scope(|s| {
        let hb = s.spawn(b);
        let ra = a();
        // A panic in `b` is a bug of ours; pass it on rather than hide it.
        let rb = hb.join().unwrap_or_else(|e| std::panic::resume_unwind(e));
        (ra, rb)
    })
}

/// Maps `f` over `items` on two threads, keeping the order.
pub fn map<'a, T: Sync, R: Send>(items: &'a [T], f: impl Fn(&'a T) -> R + Sync) -> Vec<R> {
    let (a, b) = items.split_at(items.len() / 2);
    let (mut ra, rb) =
        both(|| a.iter().map(&f).collect::<Vec<_>>(), || b.iter().map(&f).collect::<Vec<_>>());
    ra.extend(rb);
    ra
}
