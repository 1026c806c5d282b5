// Package sources is the desk's catalogue of outlets: who they are, which
// feeds they publish and where the editors place them on the political
// spectrum, with who said so and when. It ships a catalogue and the method
// statement behind its ratings, both embedded in the binary, and reads the
// ratings tables that users load to replace the editors' judgment with
// their own.
//
// Nothing here fetches anything: feeds are checked by the fetch stage, and
// the result goes back into an entry's Checked date.
package sources
