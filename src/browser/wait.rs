//! Waiting as futures, so the start-up reads as one `async` function
//! (`ui::app::start`): the next task, and the first of several callbacks.

use super::page;
use std::cell::RefCell;
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;
use std::task::{Context, Poll, Waker};

/// Done the first time any of its copies is told; later calls change nothing.
/// Awaiting it waits until then.
#[derive(Clone, Default)]
pub struct Once(Rc<RefCell<(bool, Option<Waker>)>>);

impl Once {
    pub fn new() -> Once {
        Once::default()
    }

    /// A callback that makes it done.
    pub fn callback(&self) -> impl FnOnce() + 'static {
        let once = self.clone();
        move || once.done()
    }

    fn done(&self) {
        let waker = {
            let mut state = self.0.borrow_mut();
            state.0 = true;
            state.1.take()
        };
        if let Some(waker) = waker {
            waker.wake();
        }
    }
}

impl Future for Once {
    type Output = ();

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        let mut state = self.0.borrow_mut();
        if state.0 {
            return Poll::Ready(());
        }
        state.1 = Some(cx.waker().clone());
        Poll::Pending
    }
}

/// The next task (a timer): between steps the page, and the quick exit's
/// keys, get their turn, so no step holds a cheap phone long.
pub fn next_task() -> Once {
    let once = Once::new();
    page::after(0, once.callback());
    once
}
