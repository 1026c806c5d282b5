package analyze

// lexicon is the desk's own list of words and short phrases that carry a
// judgment or sell a story rather than report it. A neutral page states
// what happened and lets the reader judge, so a sentence using one of
// these in its own voice is not published as fact.
//
// One entry a line. An entry matches any word with the same Snowball stem
// ("slammed" also catches "slams"), except entries marked "=", which
// match only that exact word: their stems collide with plain words
// ("shocking" and the noun "shock", "wasteful" and "waste", "blasted"
// and "blast"). Phrases match word by word under the same rule.
//
// Entries marked "^" are a plain noun and the words before it that sell
// it ("explosive report"): the phrase is loaded, and a headline may
// state the noun without them (see DropSellingModifiers).
//
// Entries marked "!" are plain phrases that hold a listed word ("claimed
// responsibility" holds "claimed"): where one matches, the longer match
// wins and nothing there is loaded.
//
// The list leans towards precision: words that are often plain
// description in news ("crisis", "disaster", "massive", "left-wing") are
// left out, since flagging them would discard good factual sentences.
const lexicon = `
# verbs that report a statement as an attack or a tantrum
slammed
=blasted
lashed out
lash out
ripped into
tore into
=hammered
skewered
savaged
=trashed
=bashed
=mocked
=mocking
ridiculed
railed against
ranted
=fumed
=fuming
whined
bragged
touted
peddled
peddling
spewed
sneered
smeared
=caved
=caving
flip-flopped
backpedaled
backpedalled
doubled down
stonewalled
=dodged
grandstanding
posturing
pandering
kowtowed
rammed through
jammed through
railroaded
steamrolled
strong-armed
eviscerated
=slashed
=slashing
skyrocketed
skyrocketing

# verbs that cast doubt on what someone says, or scold them for it
=claimed
!claimed responsibility
!claimed credit
!claimed the lives
!claimed the life
!claimed victory
!claimed the title
=claiming
insisted
insisting
insists
boasted
boasting
lambasted
berated
scolded
chided
derided
decried
bemoaned
griped
scoffed
bristled
fired back
hit back
hit out
took aim at
lashing out
tirade
screed
diatribe
harangue
=bullied
=bullying
=gutted
=gutting
=crippled
=crippling
=cripples
=botched
bungled
=squandered
squandering
=wrecked
=hijacked

# labels for people and groups
radical
radicals
extremist
=extremism
far-left
far-right
far left
far right
hard-left
hard-right
ultra-left
ultra-right
ultraconservative
ultra-conservative
ultra-liberal
leftist
leftists
right-winger
right-wingers
zealot
fanatic
ideologue
thug
=thugs
=mob
=mobs
cronies
crony
puppet
stooge
cabal
henchmen
henchman
apologist
=elites
=elitist
globalist
fat cats
lunatic
demagogue
demagoguery
tyrant
tyrannical
tyranny
dictatorial
authoritarian
regime
=illegals
illegal aliens
=hordes
migrant invasion
border invasion
woke agenda
woke mob
woke ideology
woke policies
snowflakes
=bureaucrats
nanny state
big government
radical agenda

# words that sneer at people, causes or claims
=ilk
humiliated
humiliating
=booted
=crusade
wannabe
=fatcats
=mania
=toxic
ghoulish
dystopia
dystopian
=vitriol
vitriolic
=gaffe
=gaffes
=nakedly
brazenly
=bizarrely
=bizarre
=baseless
baselessly
=falsely
without evidence
conspiracy theory
conspiracy theories
conspiracy theorist
conspiracy theorists
=debunked
fake news
mainstream media
cancel culture
open borders
=amnesty
hardliner
hardliners
firebrand
strongman
=demonize
=demonizing
=demonized
=weaponize
=weaponized
=weaponizing
=indoctrination
=indoctrinate
=brainwashed
=cult
=hypocrisy
=hypocritical
=hypocrite
=hypocrites
=cowardly
=coward
=cowards
=ignorant
=arrogant
=arrogance
=smug
=sneering
=spineless
=craven
=grotesque
=obscenely
=ludicrous
=preposterous
=nonsense
=rhetoric
=tirades
=meddling
=cover-up
=coverup
=whitewash
=bogus
=phony
=fraudulent

# people and deeds named to condemn them
=rioters
=looters
=freeloaders
moochers
=agitators
=cronyism
=kickbacks
=bribes

# judgments of worth
over-the-top
rigid
harsh
=onerous
burdensome
=punishing
=crushing
=drastic
=failed policies
failing schools
=shady
dubious
=questionable
murky
=cozy
=lavish
exorbitant
=astronomical
=obscene
=excessive
=crumbling
=decaying
tax grab
tax raid
cash cow
bonanza
windfall
=lifeline
critics note
critics say
critics argue
critics point out
=controversial
=radical
=alarmist
=divisive
=polarizing
=polarising
=inflammatory
=incendiary
=extremely
=utterly
=blatantly
=wildly
=grossly
=deeply flawed
disastrous
catastrophic
=devastating
reckless
recklessly
draconian
shameful
shameless
shamelessly
disgraceful
=disgrace
outrageous
=outrage
=outraged
furious
=fury
scandalous
=shocking
=stunning
=stunned
bombshell
^blockbuster report
^explosive report
^explosive allegations
^explosive claims
^explosive revelations
^explosive testimony
^explosive interview
^fierce attack
^withering attack
^stinging rebuke
jaw-dropping
mind-boggling
=horrific
=horrifying
heinous
=brutal
=vile
sinister
nefarious
=corrupt
crooked
=sham
hoax
witch hunt
witch-hunt
power grab
land grab
cash grab
money grab
giveaway
giveaways
=handouts
=freebies
boondoggle
pork-barrel
slush fund
=bloated
=wasteful
job-killing
tax-and-spend
=scheme
=schemes
=ploy
=stunt
=gimmick
charade
debacle
fiasco
=meltdown
=chaos
chaotic
=mayhem
=slutty
=sluts
=slut
=carnage
bloodbath
so-called
self-proclaimed
self-styled
=notorious
=notoriously
=infamous
=infamously
=disgraced
embattled
beleaguered
hapless
inept
incompetent
incompetence
clueless
=liar
=lied
dishonest
deceptive
=misleading
propaganda
fearmongering
fear-mongering
scaremongering
=hysteria
=hysterical
paranoid
unhinged
deranged
=insane
=crazy
absurd
ridiculous
laughable
=pathetic
idiotic
=stupid
=dumb
moronic
=foolish
brazen
blatant
flagrant
egregious
appalling
abhorrent
despicable
disgusting
sickening
deplorable
reprehensible
unconscionable
indefensible
inexcusable
ill-conceived
misguided
wrongheaded
short-sighted
shortsighted
half-baked
harebrained
ham-fisted
heavy-handed
knee-jerk
tone-deaf
out-of-touch
heartless
=cruel
callous
=greedy
=greed
=gouging
corporate welfare
overreach
jackbooted
betrayal
=betrayed
sellout
sold out
backroom deal
back-room deal
gravy train
fleecing
rip-off
ripoff
=swindle
=scam
con job
shakedown
=nightmare
apocalyptic
doomsday
=terrifying
ferocious
scathing
=damning
=blistering
=vicious
=alarming
=staggering
=astonishing
runaway spending
runaway inflation
spiraling out of control
spiralling out of control
war on cars
war on drivers
war on women
war on coal
war on christmas
assault on freedom
assault on democracy

# praise that sells rather than reports
=heroic
=heartwarming
=heartbreaking
=heroes
courageous
visionary
=bold
=triumph
triumphant
masterstroke
common-sense
commonsense
game-changer
game-changing
=miracle
=savior
=saviour
slam dunk
`
