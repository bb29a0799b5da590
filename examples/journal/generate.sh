#!/bin/sh
# generate.sh: writes the example journal, 2026-01.md ... 2026-12.md beside this script: a year
# of evenings of the person in examples/goals.yaml, so that journalstat has something real to
# read.  The twelve files are committed; this script says how they came to be (a fixed seed, no
# clock, no locale-dependent output).  Since then the sessions' questionnaire scores and goal
# attainment levels have been written into the files by hand, so the script makes them again
# less those lines.
#
# usage: sh examples/journal/generate.sh
#
# Ordinary days are put together from the sentence pools at the end of this file, drawn without
# repeats until a pool is used up, and the numbers follow a slow recovery: weekly mood climbs from
# about 3.5 to about 7 over the year, higher on days with exercise, company or an early finish, lower
# on Sundays in the first months and in the year-end close at work.  The days that matter (the
# miracle question, every session, the gaps and the returns from them) are written out whole in
# the @entry blocks.

cd "$(dirname "$0")" || exit 2
exec awk '
function rnd() { seed = (seed * 16807) % 2147483647; return seed / 2147483647 }

# Roughly normal noise of standard deviation sd: the sum of three uniforms.
function noise(sd) { return (rnd() + rnd() + rnd() - 1.5) * 2 * sd }

function clamp(x, lo, hi) { return x < lo ? lo : x > hi ? hi : x }

# One line of pool p, none repeated until all have been used; {slot}s filled from their pools.
function draw(p,    i, s, slot, at, len) {
	if (!(p in n)) {
		print "generate.sh: no pool " p > "/dev/stderr"
		exit 2
	}
	if (left[p] == 0) {
		gen[p]++
		left[p] = n[p]
	}
	do
		i = int(rnd() * n[p]) + 1
	while (used[p, i] == gen[p])
	used[p, i] = gen[p]
	left[p]--
	s = pool[p, i]
	# RSTART and RLENGTH are global and the nested draw moves them: keep them first.
	while (match(s, /\{[a-z]+\}/)) {
		at = RSTART; len = RLENGTH
		slot = substr(s, at + 1, len - 2)
		s = substr(s, 1, at - 1) draw(slot) substr(s, at + len)
	}
	return s
}

function join(a, b) { return a == "" ? b : b == "" ? a : a " " b }

# The data section: pools of lines, and whole entries for the days that matter.
$0 == "__DATA__" { data = 1; next }
!data { next }
/^@pool / { cur = $2; n[cur] = 0; mode = "pool"; next }
/^@entry / { cur = $2; special[cur] = "## " substr($0, 8); mode = "entry"; next }
/^@end$/ { mode = ""; next }
mode == "pool" && $0 != "" { pool[cur, ++n[cur]] = $0; next }
mode == "entry" { special[cur] = special[cur] "\n" $0; next }

END {
	seed = 20260105
	split("31 28 31 30 31 30 31 31 30 31 30 31", mdays, " ")
	split("January February March April May June July August September October November December",
	    mname, " ")
	# No entries: the year-end close, two weeks at my sister, Boxing Day.  (The week of flu
	# has a line a day, each marked #skip.)
	split("2026-03-21:2026-04-06 2026-08-08:2026-08-23 2026-12-26:2026-12-27",
	    gaps, " ")
	t0 = 0
	prevbad = prevex = 0
	for (m = 1; m <= 12; t0 += mdays[m++]) {
		file = sprintf("2026-%02d.md", m)
		printf "# %s 2026\n", mname[m] > file
		for (d = 1; d <= mdays[m]; d++) {
			t = t0 + d - 1	# days since 1 January
			date = sprintf("2026-%02d-%02d", m, d)
			dow = (t + 3) % 7	# 0 is Monday; 2026 began on a Thursday
			if (date in special) {
				printf "\n%s\n", special[date] > file
				prevbad = prevex = 0
				continue
			}
			skip = 0
			for (g in gaps)
				if (date >= substr(gaps[g], 1, 10) && date <= substr(gaps[g], 12))
					skip = 1
			# A few days missed at random, except in the autumn run of writing every day.
			if (!skip && !(m >= 9 && m <= 10) && rnd() < (dow >= 5 ? 0.16 : 0.06))
				skip = 1
			if (skip) {
				prevbad = prevex = 0
				continue
			}
			day(file)
		}
		close(file)
	}
}

# An ordinary day: decide what happened, then the numbers, then the words.
function day(file,    p, ph, weekday, crunch, bad, lft, ex, soc, fam, club, sleep, raw, mood,
    anx, b, para1, para2, s, title, hh, mm, fields, extra, sunday) {
	p = t / 364
	ph = date < "2026-04-07" ? 1 : 2
	weekday = dow < 5
	crunch = date >= "2026-03-09" && date <= "2026-03-20"
	sunday = dow == 6 && date < "2026-06-01"

	lft = weekday && rnd() < (crunch ? 0.05 : date < "2026-01-12" ? 0.1 : \
	    date < "2026-02-10" ? 0.35 : 0.8 + 0.15 * p)
	bad = weekday && rnd() < (crunch ? 0.8 : (0.45 - 0.25 * p) * (lft ? 0.4 : 1))
	ex = rnd() < 0.12 + 0.4 * p + (weekday ? 0 : 0.15)
	club = dow == 3 && date >= "2026-01-29" && rnd() < 0.7
	soc = club || rnd() < (date < "2026-01-05" ? 0.02 : 0.2 + 0.25 * p)
	fam = rnd() < (weekday ? 0.07 : 0.3)

	sleep = 5 + 2 * p - 0.7 * prevbad + 0.3 * prevex + noise(0.6)
	sleep = clamp(int(sleep * 2 + 0.5) / 2, 3.5, 9)
	raw = 3.6 + 2.2 * p ^ 0.8 + 1.0 * ex + 0.6 * soc + 0.4 * lft - 0.9 * bad + 0.2 * fam \
	    + 0.35 * (sleep - 6) + (sunday ? -0.9 : 0) + (dow == 5 ? 0.3 : 0) + noise(0.7)
	mood = clamp(int(raw + 0.5), 1, 10)
	anx = 9.6 - 0.75 * raw + 1.0 * bad - 0.5 * lft + (dow == 0 ? 0.4 : 0) \
	    + (sunday ? 0.8 : 0) + noise(0.6)
	anx = clamp(int(anx + 0.5), 1, 10)
	prevbad = bad
	prevex = ex

	b = mood <= 3 ? "low" : mood >= 7 ? "good" : "mid"
	# Lines that only make sense on a working day are kept to weekdays.
	para1 = sunday && rnd() < 0.7 ? draw("sunday") : \
	    weekday && rnd() < 0.35 ? draw("wopen_" b) : draw("open_" b)
	if (rnd() < 0.4)
		para1 = join(para1, (m <= 3 || m >= 11) && rnd() < 0.4 ? draw("cold") : \
		    m >= 5 && m <= 9 && rnd() < 0.4 ? draw("warm") : \
		    weekday && rnd() < 0.4 ? draw("wdetail") : draw("detail"))
	if (weekday)
		para1 = join(para1, bad ? draw("work_bad") : rnd() < 0.35 ? draw("work_ok") : "")
	if (weekday)
		para1 = join(para1, lft ? (rnd() < 0.6 ? draw("leftmix") : draw("left" ph)) : \
		    rnd() < 0.3 ? draw("late") : "")
	para2 = ex ? draw("exercise" ph) : ""
	para2 = join(para2, club ? draw("bookclub") : soc ? draw("social" ph) : "")
	para2 = join(para2, fam ? draw("family") : "")
	if (sleep <= 4.5 && rnd() < 0.5)
		para2 = join(para2, draw("sleep_bad"))
	else if (sleep >= 7.5 && rnd() < 0.4)
		para2 = join(para2, draw("sleep_good"))
	if (rnd() < 0.5) {
		if (para2 != "")
			para2 = join(para2, draw("close_" b))
		else
			para1 = join(para1, draw("close_" b))
	}

	title = rnd() < 0.25 ? "" : soc ? draw("title_social") : ex ? draw("title_ex") : \
	    bad ? draw("title_work") : draw("title_" b)
	if (weekday) {
		hh = 20 + int(rnd() * 3); mm = int(rnd() * 60)
	} else {
		hh = 17 + int(rnd() * 6); mm = int(rnd() * 60)
	}
	if (sleep <= 4.5 && rnd() < 0.5)
		hh = 23

	fields = ""
	if (rnd() < 0.96)
		fields = fields sprintf("\nmood: %d/10", mood)
	if (rnd() < 0.85)
		fields = fields sprintf("\nanxiety: %d/10", anx)
	if (rnd() < 0.78)
		fields = fields sprintf("\nsleep: %sh", sleep == int(sleep) ? sleep : sprintf("%.1f", sleep))

	extra = ""
	if (ex && rnd() < 0.35)
		extra = sprintf("\n\nsteps:: %d", 7000 + int(rnd() * 70) * 100)
	else if (bad && rnd() < 0.25)
		extra = sprintf("\n\ncoffee:: %d cups", 4 + int(rnd() * 3))
	# The evening before a session: what to bring.
	if (dow == 6 && (tomorrow() in session)) {
		extra = extra "\n\nFor tomorrow:\n- " draw("raise" ph)
		if (rnd() < 0.6)
			extra = extra "\n- " draw("raise" ph)
		if (rnd() < 0.7)
			extra = extra "\n- " draw("ask" ph)
	} else if (rnd() < 0.03 + 0.07 * p)
		extra = extra "\n\n" draw("win")

	printf "\n## %s %02d:%02d%s%s\n\n%s\n", date, hh, mm, title == "" ? "" : " " title,
	    fields, para1 > file
	if (para2 != "")
		printf "\n%s\n", para2 > file
	if (extra != "")
		printf "%s\n", substr(extra, 2) > file
}

# The date after today (only ever asked on a Sunday that is not the last of its month,
# or is, which the carry handles).
function tomorrow(    dm, dd) {
	dm = m; dd = d + 1
	if (dd > mdays[m]) { dm++; dd = 1 }
	return sprintf("2026-%02d-%02d", dm, dd)
}

BEGIN {
	split("2026-01-05 2026-01-19 2026-02-02 2026-02-16 2026-03-02 2026-03-16 2026-04-13 " \
	    "2026-05-04 2026-05-25 2026-06-15 2026-07-06 2026-07-27 2026-09-07 2026-09-28 " \
	    "2026-10-19 2026-11-02 2026-11-23 2026-12-14", sd, " ")
	for (i in sd)
		session[sd[i]] = 1
}
' generate.sh

__DATA__
@pool wopen_low
Snapped at Dan over a spreadsheet that wasn't even his fault. Apologised later, it was awkward.
Sat in the car park for ten minutes before I could go in.
I felt invisible in the team call again, said nothing for an hour.
Kept rehearsing a conversation with Priya that is never going to happen.
@pool open_low
Bad one.
Flat all day, like walking through wet sand.
Couldn't shake the knot in my stomach from the moment I woke up.
I cancelled nothing today only because there was nothing in the diary to cancel.
Spent the evening scrolling and not taking any of it in.
Ate cereal for dinner standing at the counter.
Everything took twice as long as it should have.
The flat was so quiet tonight that I put the radio on just to hear a voice.
Woke up already tired and it never lifted.
Didn't answer Jess's message. I'll do it tomorrow, I keep saying that.
Low all day and no obvious reason, which is somehow worse.
Grey sky, grey mood.
Heavy day. I noticed the old thought that nobody would notice if I didn't turn up.
Got home and sat in my coat for twenty minutes.
@pool wopen_mid
Got through the inbox before lunch, which never happens.
Listened to a podcast on the way in and actually laughed out loud.
Lunch outside on the bench by the canal. Cold but good to be out.
Noticed I hadn't thought about work once after seven.
Dull drizzle all day. The bus was packed.
@pool open_mid
An ordinary sort of day, which I'll take.
Nothing much to report, and that's fine.
Not bad, not good. Somewhere in the middle.
A steady day for once.
Woke before the alarm but didn't mind.
Quiet day. Some bits were fine.
Bit tired but basically OK.
Made a proper dinner for once.
Managed to stay off my phone for most of the evening.
A day of small jobs and nothing went wrong.
Felt restless in the afternoon but it passed.
Read a few chapters instead of watching something.
Tidied the flat, which always helps a bit.
Did the laundry and the washing up and called it a productive evening.
Mixed day. Good morning, flat afternoon.
@pool wdetail
The train was cancelled and I worked from the cafe.
Someone had left cake in the office kitchen.
Fire alarm test at eleven.
The lift at work is broken, five flights.
The bus was late both ways.
Forgot my lunch.
@pool detail
Porridge for breakfast.
Rain all afternoon.
Bought flowers for the kitchen.
Leftover soup for lunch.
Wind howling round the building all day.
The cat from next door sat on my windowsill.
Took in a parcel for Tomasz.
The heating made that noise again.
Changed the bedsheets.
Finally did the big shop.
Cooked enough for three days.
Wore the new jumper.
Long queue at the chemist.
Paid the council tax.
Found a good radio station.
Heavy rain on the way home, soaked.
Made soup.
Fog all morning.
@pool cold
Frost on the car.
Freezing.
Bright and cold.
Dark by four.
Ice on the path by the canal.
Sleet, the worst kind of weather.
@pool warm
Warm evening.
Hot on the bus.
Ate outside.
Long light evening.
Thunderstorm in the afternoon.
@pool wopen_good
Laughed properly at lunch, the whole table did.
Calm all day. Even the 3pm meeting didn't get to me.
Felt part of the team today instead of next to it.
@pool open_good
Good day. Actually a good day.
Woke up feeling almost light.
The kind of day I forgot I could have.
Felt like myself for most of today.
Sun out, and I noticed it, which is new.
Everything felt a bit easier than usual.
I was looking forward to things today, small things, but still.
Warm evening, windows open, music on.
Caught myself humming while cooking.
One of those days where I like the flat.
Got more done than planned and stopped anyway.
@pool sunday
Sunday. The usual dread started around four.
Sunday evening feeling arrived right on time.
Quiet Sunday. Too quiet. Kept checking my work email to see what tomorrow holds, which never helps. #social:no
Spent most of Sunday in the flat. By evening the week ahead felt like a wall. #social:no
Sunday, so of course I'm already thinking about the Monday stand-up.
Long Sunday. Hardly spoke to anyone all weekend, I counted: the woman at the till. #social:no
Dreaded Sundays less today, I think. Still there but quieter.
Made myself go to the supermarket just to be around people. Sunday dread anyway by six.
Sunday afternoon nap, then awake and wired by ten.
Sunday. Ironed five shirts as if that would make Monday go better.
@pool work_bad
Month-end figures didn't reconcile and I went round in circles until gone seven. #work
Priya dropped a new deadline on us in the afternoon meeting. Chest tight the rest of the day. #work
Three people asked me for the same report in different formats. #work
The supplier invoices are a mess again and it lands on me. #work
I rewrote the same email four times before sending it. #work
Sat in a meeting where I had the answer and didn't say it. #work
The payroll run threw errors and nobody else knows the system. #work
Work was relentless, back-to-back calls and lunch at the desk. #work
Got a sharp email from finance about the accruals and replayed it all evening. #work
Spent the afternoon fixing someone else's formulas. #work
Audit questions came in at four, all marked urgent. #work
My inbox was at 140 by lunchtime. #work
Still going over the budget call in my head. I could have said it better. #work
Made a mistake in the VAT figures. Caught it myself, but the panic took an hour to fade. #work
The new system went down mid-morning and we lost half a day. #work
Had to stay for a call with the US office. #work
I felt out of my depth in the forecast review. #work
Priya asked for the numbers again. I know she needs them but I felt cornered. #work
@pool work_ok
Work was manageable. #work
Good meeting with the auditors, they were reasonable for once. #work
Cleared the backlog of expense claims. #work
Priya said thanks for the reconciliation, in front of people. #work
Quiet day at work, caught up on filing. #work
Helped Marta with her first month-end and it felt good to know things. #work
Spoke up in the planning meeting. My voice shook a bit but the point landed. #work
A calm, boring day at work. I used to hate those; today I was grateful. #work
Finished the forecast a day early. #work
Lunch with the team. #work
@pool left1
Out the door at 5:50. The reminder went off and I just went. #left-on-time
Left at six on the dot. Felt like I was sneaking out. #left-on-time
Shut the laptop at 5:45 when the reminder pinged. Nobody said anything. #left-on-time
Left before six. The report can wait, it always could. #left-on-time
Walked out with Marta at ten to six. Nobody looked up. #left-on-time
Left on time and caught the early bus, which is half empty. #left-on-time
Left at 5:55 with two emails unanswered. The world didn't end. #left-on-time
Out by six and home while it was still almost light. #left-on-time
@pool left2
Left at 5:40, still light out. #left-on-time
Out by six again. It is starting to feel normal. #left-on-time
Left on time without even looking at the clock. #left-on-time
Logged off at 5:45 and went straight out. #left-on-time
Left at six. Priya was leaving too, we walked to the station together. #left-on-time
Left at ten to six, no guilt, or only a little. #left-on-time
Home by half six. The evening felt long in a good way. #left-on-time
Left on time even though the forecast was due. Finished it in the morning in half the time. #left-on-time
Left at six and turned notifications off on the bus. #left-on-time
Out of the door at 5:50 with a plan for the evening. #left-on-time
@pool leftmix
{leaveat} {leavecoda} #left-on-time
{leaveat} #left-on-time {leavecoda}
@pool leaveat
Left at 5:50.
Out the door at ten to six.
Left at six on the dot.
Shut the laptop at 5:45.
Left at 5:55.
Out by six.
Left just before six.
Off at 5:40.
Left at six.
Packed up at quarter to six.
Gone by six.
@pool leavecoda
Still light out.
Nobody said anything.
Straight to the shop for dinner things.
Walked the long way home.
Caught the early bus.
Turned notifications off on the bus.
The evening felt long in a good way.
Priya was leaving too.
Didn't check email at home.
Called Jess from the bus.
Cooked something proper.
The last email can wait until the morning.
No guilt, or only a little.
Met Marta in the lift on the way out.
Sat in the park for a bit on the way home.
@pool late
Left at half seven. Again. #left-on-time:no
Last one out of the office, turned the lights off myself. #left-on-time:no
Stayed late, mostly to look busy. I know that. #left-on-time:no
Got home after eight and couldn't face cooking. #left-on-time:no
Didn't leave until seven, the reminder snoozed three times. #left-on-time:no
Stayed until the cleaners came. #left-on-time:no
@pool exercise1
Went for a walk round the block after dinner, only twenty minutes but it helped. #exercise
Walked home instead of getting the bus. #exercise
Did the stretching video on YouTube, felt silly, felt better. #exercise
Short walk in the rain at lunch. #exercise
Took the stairs all day and went for a loop of the park. #exercise
Walked to the canal and back in my old trainers. #exercise
Went to the pool and managed twelve slow lengths. #exercise
Half an hour walking by the river. #exercise
@pool exercise2
Ran three miles along the canal. #exercise
Swim after work, thirty lengths. #exercise
Two laps of the park at a run, my best time yet. #exercise
Long walk up to the reservoir. #exercise
Cycled to work. Arrived sweaty and happy. #exercise
Couch-to-5k run done, didn't stop once. #exercise
Evening swim, the pool was nearly empty. #exercise
Ran before work. #exercise
Yoga class at the community centre. I'm the stiffest person there and nobody cares. #exercise
Walked over the hill to the farm shop and back. #exercise
Badminton with Dan and his partner, lost badly, loved it. #exercise
Short run in the dark, head clear afterwards. #exercise
@pool social1
Made myself say more than hello to {person}. We talked for a few minutes. #social
Said hello to {person} and asked how their week was. Small, but I did it. #social
Chatted with {person}. Felt awkward the whole time, but I stayed. #social
Talked to {person}. My heart was going but it was fine. #social
Had a proper conversation with {person} for the first time. #social
Introduced myself to {person}. They were kind about it. #social
@pool social2
Got talking to {person} and lost track of time. #social
Talked to {person}, easy as anything. #social
Met {person} and we swapped numbers. #social
Ended up having coffee with {person}. #social
Long chat with {person}. I asked questions and actually listened instead of planning my answer. #social
Talked to {person} about nothing much and enjoyed it. #social
{person} invited me to something next week. I said yes before I could think of a reason not to. #social
Chatted with {person} while we waited. #social
@pool person
Tomasz from upstairs
the woman with the greyhound in the park
Femi at the bus stop
the new guy in facilities, Owen
the barista with the bike tattoo
Mrs Achebe next door
a man fixing his car on our street
one of the volunteers at the food bank
the couple who moved in at number 9
the librarian
a woman in the queue at the post office
Kemi from the third floor
the guy who runs the fruit stall
one of the mums at the school gate when I collected Alfie
a retired teacher on the bench by the pond
the new starter in payroll, Grace
the man walking the two dachshunds
someone from the running group
Sam from the allotments
the woman who teaches the yoga class
a student at the launderette
the pharmacist
someone from the Tuesday quiz team
Aisha from marketing
the driver on the 42
a man called Kwame at the launderette
the woman who fixed my bike
someone at the quiz night
a new neighbour, Anna, carrying boxes
the caretaker at work
a woman at the bus shelter, about the rain
Dev from the IT desk
the lifeguard at the pool
a dad at the swings with Rosa
the man selling plants at the market
Lena from accounts payable
the new couple at the allotments
the woman from the flat below, Joy
an older man at the bowls club open day
one of the nurses at the GP
@pool bookclub
Book club tonight. I said one thing about the ending and someone agreed with me. #social
Thursday book club. Talked to {member}, who is new. #social
Book club. Helen asked what I thought and I actually had an answer. #social
Book club ran over, then a few of us went for a drink. I talked to {member} for the first time. #social
Book club: we all hated {book} together, which was more fun than liking it. #social
Thursday, book club. Chatted with {member} about {book} on the way out. #social
Book club tonight, {book}. Sat next to {member} and we got on. #social
Went to book club even though I hadn't finished {book}. {member} hadn't either. #social
Book club. Long argument about {book}, I held my own. Walked to the bus with {member}. #social
Book club, small group tonight. Got to know {member} a bit. #social
@pool member
Beth
Lucy, who also moved here for work
Raj
a quiet man called Peter
Nadia
Tom, a nurse on nights
Ines
Gwen, who must be eighty and is the sharpest person there
a student called Leo
Martin
Priti
Claire from the library
Joe
Hannah
@pool book
the Ishiguro
the thriller
the Zadie Smith
the one about the lighthouse
the Tove Jansson
the memoir
the Elena Ferrante
the short stories
@pool family
Called Mum. She talked about the garden for half an hour and I let her. #family
Long call with Jess. The kids shouted hello down the phone. #family
Mum rang to ask if I'm eating properly. I said yes. #family
Video call with Jess and Alfie, who showed me every Lego model he owns. #family
Sent Mum the photo from the walk. She replied with five hearts. #family
Talked to Mum about Dad for a bit. It was easier than it used to be. #family
Jess asked how therapy is going. I told her the truth, mostly. #family
Dinner at Mum's. The usual questions, but nice. #family
Rosa sent me another drawing, I'm on the fridge now. #family
Called Jess back after three missed calls. Glad I did. #family
@pool sleep_bad
Awake at 3 again, going over work.
Bad night. Lay there listing everything I'd forgotten to do.
Slept badly, the upstairs neighbours had people over.
Couldn't get off to sleep until one.
Kept waking up. Feel wrung out.
Woke at four with my jaw clenched.
@pool sleep_good
Slept properly for once.
Slept right through.
Phone in the kitchen overnight again. It works.
Eight hours. I feel like a different person.
Slept well after the walk.
@pool close_low
Early night. Tomorrow is another go.
Writing this down helps a little.
I know from the last months that this passes.
Going to bed before I make it worse.
Nothing to add. Just getting it out.
At least I wrote something.
@pool close_mid
Bed by eleven.
That's it for today.
Fine. A fine day.
Bath and bed.
More of this please.
Early night.
@pool close_good
Want to remember this one.
Going to bed happy, which is a sentence I'm keeping.
Good. Really good.
Proud of today.
Remember this next time it's bad.
@pool win
#win left the office before six and didn't check email at home.
#win said no to an extra project, politely.
#win spoke first in the team meeting.
#win went to something on my own.
#win three nights in a row of seven hours.
#win called Jess before she called me.
#win didn't cancel plans, even though I wanted to.
#win asked for help with the close instead of doing it all myself.
#win noticed the Sunday dread and went out anyway.
#win a whole weekend without opening the work laptop.
@pool raise1
#raise why Sundays are so bad, it's like clockwork
#raise the 3am work thoughts
#raise that I said nothing in the budget call
#raise how tired I am of being tired
#raise the thought that people at work would not notice if I left
#raise how hard it is to start a conversation with a stranger
#raise guilt about leaving before everyone else
@pool raise2
#raise that social is easier now but I still go quiet in big groups
#raise the urge to check email in the evening
#raise that I keep waiting for the good weeks to end
#raise sleep is better in the week, bad at weekends
#raise that I want to stay in touch with the book club people properly
#raise the audit coming in October and my old panic about it
#raise what happens when therapy ends
@pool ask1
#ask what to do at 3am instead of lying there
#ask is it normal to feel worse before better
#ask how to tell Priya without it sounding like I can't cope
#ask how many new people counts when I only say hello
@pool ask2
#ask how to make the sleep goal measurable
#ask should we space the sessions out
#ask how to keep going when the goal is met
#ask whether the good weeks count if I can't explain them
@pool title_low
Rough day
Low
Heavy
Not great
Hard one
A wobble
Flat
@pool title_mid
Ordinary
Tuesday feeling
Fine
Steady
Nothing special
Middle of the road
Quiet evening
So-so
@pool title_good
Good day
Lighter
A good one
Sunshine
Easy
Best day in a while
@pool title_work
Work again
Long day at work
Month-end
Too many emails
Deadline day
The forecast
@pool title_ex
Out walking
Moving
A run
Swim
Fresh air
@pool title_social
Talked to someone
New face
Company
Conversation
Said hello
@entry 2026-01-01 22:40 Starting this
mood: 3/10
anxiety: 7/10
sleep: 5h

New year, same flat, same quiet. Saw the fireworks from the window on my own and went to bed before the bells stopped. The therapist (Ruth) said to start a journal before the first session: mood, what happened, what felt hard. So this is that.

What felt hard: everything about today being a day off. Nobody to see.
@end
@entry 2026-01-02 21:15 Back at work
mood: 4/10
anxiety: 8/10
sleep: 4.5h

First day back. Two hundred emails and a meeting invite for the year-end timetable. Stayed until seven because everyone else seemed to. #work

Lay awake from three running through the close in my head.
@end
@entry 2026-01-03 10:20 The miracle question
mood: 4/10
anxiety: 6/10
sleep: 6h

The article Ruth sent says to try the miracle question before we meet: suppose a miracle happens overnight and the problem that brought me to therapy is gone, but I slept through it. What would tell me in the morning? #miracle

- I would wake up after seven and not before four, and not reach for the work phone first.
- I would have somewhere to be on a Sunday, with people who would notice if I didn't come.
- I would leave the office when my hours end without making an excuse to anyone, least of all myself.
- I would say something in a meeting and not replay it for three days.
- I would phone Jess because I want to, not because I owe her a call.
- Sunday evening would just be an evening.

None of that is a miracle, really. It's a list. Maybe that's the point.

feeling:: hopeful, a bit
@end
@entry 2026-01-04 20:05 Before the first session
mood: 3/10
anxiety: 8/10
sleep: 5h

Sunday. Spoke to nobody all weekend except the woman at the corner shop. The Sunday dread arrived at about three and is still here.

For tomorrow:
- #raise evenings alone, and how Sundays feel
- #raise lying awake over work, then snapping at people
- #raise sleeping five hours or less most nights
- #ask what a realistic goal even looks like
@end
@entry 2026-01-05 21:50 First session
mood: 4/10
anxiety: 6/10
sleep: 4.5h

First session with Ruth. Nearly cancelled at lunchtime, didn't. #session

We went through the three things I wrote down: being alone in the evenings, work keeping me awake, sleep. She asked what "socialise more" would look like on an actual Tuesday, and I had no idea. We ended up with: talk to at least two new people a week, by the end of March. And leave work by six on four weekdays a week, by the end of April.

- #win I said all three things out loud without making a joke of them
- #ask next time: what counts as "talking to" someone

Tired but not in the usual way.
@end
@entry 2026-01-12 21:30 A reminder at 5:45
mood: 4/10
anxiety: 7/10
sleep: 5.5h

Put a recurring 5:45pm reminder in my work calendar called "go home". Felt ridiculous. Ignored it today, but it's there. #work

Said good morning to Tomasz from upstairs on the stairs and asked how his new job was going. He talked for five minutes. That's one. #social
@end
@entry 2026-01-19 22:10 Session two
mood: 4/10
anxiety: 6/10
sleep: 5h

Second session. #session

Told Ruth the count: three new people in two weeks, all short. She said short counts. We talked about the Sunday dread, which apparently has a shape: it starts when I look at the work calendar. So, no work calendar on Sundays. Easy to say.

- #win left on time twice last week
- #raise I still stay late when Priya does, even with the reminder
- #ask how to tell Priya about six o'clock without it sounding like I can't cope

Ruth suggested the book club at the library, Thursdays. I said I'd think about it, which we both know means no. Then I looked it up on the bus anyway.
@end
@entry 2026-01-29 22:35 Book club
mood: 6/10
anxiety: 7/10
sleep: 5.5h

Went to the Thursday book club at the library. Stood outside for five minutes first. Eight people, mostly older than me, a woman called Helen runs it. I hadn't read the book so I just listened, and nobody minded. Talked to Raj on the way out about the bus route. #social

Best evening in weeks, and I nearly didn't go. Write that down.
@end
@entry 2026-02-02 21:40 Session three
mood: 5/10
anxiety: 6/10
sleep: 5.5h

Session three. #session

We practised what to say to Priya. Ruth played Priya, badly, which made me laugh. The script: I'm working on my evenings, I'll be leaving at six most days, here's how the close still gets done.

- #win went to book club, and I'm going back
- #raise the 3am thing is still every other night
- #ask is it normal to feel worse before better

She said yes, often. Annoying and reassuring at the same time.
@end
@entry 2026-02-10 20:20 Told Priya
mood: 6/10
anxiety: 5/10
sleep: 6h

Told Priya about leaving at six. She said "of course, I didn't know you were staying late for my sake" and that was it. Three weeks of dread for a thirty second conversation. #work

#win told my manager about the new routine, and left at 5:55. #left-on-time
@end
@entry 2026-02-16 21:05 Session four
mood: 5/10
anxiety: 6/10
sleep: 6h

Session four. #session

Went through the journal with Ruth. She pointed out that every entry with a walk in it is better than the ones around it. I hadn't noticed, I thought I walked on good days because they were good days. Maybe both.

- #win told Priya, left on time four days last week
- #raise sleep is still the worst of the three
- #ask whether to stop the late-night phone scrolling cold

Homework: phone charges in the kitchen.
@end
@entry 2026-03-02 21:25 Session five
mood: 5/10
anxiety: 6/10
sleep: 6h

Session five. #session

Year-end close starts next week and I could feel myself bracing in the room. Ruth asked what I'd tell Marta if she were going into her first close like this. Be kind, take lunch, go home, the numbers will still be there. OK.

- #raise I'm scared the close undoes all of this
- #win two new people every week for four weeks running
@end
@entry 2026-03-16 21:55 Session six, mid-close
mood: 4/10
anxiety: 8/10
sleep: 4.5h

Session six, squeezed in at lunch on a video call from a meeting room. #session

Told Ruth I've stopped leaving on time, stopped walking, stopped writing most days. She didn't tell me off. We agreed: the goals are paused until the close is done, not abandoned. A pause is a decision, giving up isn't.

- #raise the old thought that I'm the only one who can fix it
@end
@entry 2026-03-20 23:40 Pausing this
mood: 3/10
anxiety: 8/10
sleep: 4h

Final two weeks of the close. I'm not going to write until it's over, I'll only write the same sentence every night. Pausing, like Ruth said, not giving up. #work

coffee:: 6 cups
@end
@entry 2026-04-07 21:10 Back
mood: 5/10
anxiety: 5/10
sleep: 7h

The close is done. Signed off on Friday, slept most of the weekend. Seventeen days without writing and I can't remember most of them, which says something.

Left at 5:50 today and walked home the long way. #left-on-time #exercise

Starting again.
@end
@entry 2026-04-13 21:15 Session seven
mood: 5/10
anxiety: 5/10
sleep: 6.5h

Session seven, first since the close. #session

Ruth asked what I learned. That the old habits come back within a week under pressure, and that they also went again within a week after. I'd only noticed the first half.

- #win back to the book club, picked up where I left off
- #raise next year's close: plan it now, not in March
- #ask should the social goal have a new deadline, since it's past March

We kept it as it is. The number still works for me.
@end
@entry 2026-05-04 20:45 Session eight
mood: 6/10
anxiety: 4/10
sleep: 6.5h

Session eight. #session

Mostly a good-news session, which was a strange feeling. Left on time most weeks since the close. Ruth asked about the sleep goal, the one that still just says "sleep better". I couldn't say what better means.

- #win the evenings goal held for four weeks running
- #ask how to make the sleep goal measurable
@end
@entry 2026-05-25 21:30 Session nine, sleep
mood: 6/10
anxiety: 4/10
sleep: 7h

Session nine. #session

Made the sleep goal specific at last: in bed with the lights off by eleven on weeknights, and write down the hours in here every morning. What I actually track is the sleep number, so that's the measure.

- #win seven hours or more most nights this month
- #raise weekends are still a mess, late nights and then awake at five
@end
@entry 2026-06-15 21:00 Session ten
mood: 6/10
anxiety: 4/10
sleep: 7h

Session ten. #session

Ruth read back my January entries to me. I didn't recognise them. Not that everything's fixed, but the Sunday dread is mostly gone and I didn't notice it leaving.

- #win had Raj and Lucy from book club round for dinner
- #raise I go quiet in groups bigger than four
@end
@entry 2026-07-06 21:20 Session eleven
mood: 7/10
anxiety: 3/10
sleep: 7.5h

Session eleven: a review of the goals. #session

Social: I've talked to two or more new people most weeks since February, except in the close. Evenings: leaving by six is normal now, I barely notice the reminder. Sleep: better, not solved.

- #win all three goals moving, and I can show it from the journal
- #ask whether to space the sessions out
@end
@entry 2026-07-27 21:45 Session twelve
mood: 7/10
anxiety: 4/10
sleep: 7h

Session twelve. #session

Talked about going to Jess's for two weeks in August. Ruth asked if I'd keep the journal going. I said probably not, and she said that's fine, a holiday is allowed to be a holiday.

- #raise I worry the good patch is only because work is quiet in summer
@end
@entry 2026-08-07 22:30 Off to Jess's
mood: 7/10
anxiety: 3/10
sleep: 7h

Packed. Train to the coast at nine tomorrow, two weeks at Jess's with the kids. Not taking the work laptop. Not writing in here either, I think, unless something big happens. #family
@end
@entry 2026-08-24 21:00 Home again
mood: 7/10
anxiety: 4/10
sleep: 8h

Back from Jess's. Two weeks of beach, rain, Alfie's swimming lessons and Rosa's questions about everything. Swam in the sea most mornings. Didn't think about work until the train home. #family #exercise

The flat felt very quiet tonight, but not in the old way. Book club on Thursday.
@end
@entry 2026-09-07 21:10 Session thirteen
mood: 6/10
anxiety: 4/10
sleep: 7h

Session thirteen. #session

Told Ruth I'd like to try writing every single day for two months, September and October, to see what the numbers say when there are no gaps. She liked that.

- #raise the audit in October and my old panic about it
- #win didn't dread going back after the holiday
@end
@entry 2026-09-28 21:35 Session fourteen
mood: 6/10
anxiety: 4/10
sleep: 7h

Session fourteen. #session

Four weeks without missing a day in here. We planned the audit: what I'll hand over, what I'll say no to, when I'll go home. Written down, so future me can't argue.

- #win asked for help with the audit prep instead of doing it alone
- #ask what to do when one bad day feels like the old days coming back
@end
@entry 2026-10-19 21:50 Session fifteen
mood: 6/10
anxiety: 5/10
sleep: 6.5h

Session fifteen, in the middle of the audit. #session

Harder weeks than the summer, but nothing like March. I'm still leaving on time most days. Ruth asked what's different from March, and the answer is people: book club, the swimming, Jess on the phone.

- #raise the auditors' questions at 5pm, every day
- #win left at six through the whole audit so far
@end
@entry 2026-11-02 21:00 Session sixteen
mood: 7/10
anxiety: 4/10
sleep: 7h

Session sixteen. #session

Two months of writing every day done. Ruth and I looked at the numbers together: mood is clearly better on days I exercise, and Sundays are now no worse than other days.

- #win sixty-one days in a row in here
- #ask how to keep going when the goal is met
@end
@entry 2026-11-10 Flu

Temperature, aches, the lot. Called in sick. #skip
@end
@entry 2026-11-11 Flu

Flu. Slept most of the day. #skip
@end
@entry 2026-11-12 Flu

Still in bed. #skip
@end
@entry 2026-11-13 Flu

Flu. Managed some toast. #skip
@end
@entry 2026-11-14 Flu

A bit better, but no energy at all. #skip
@end
@entry 2026-11-15 Flu

Flu. Watched the rain from the sofa. #skip
@end
@entry 2026-11-16 Flu

Up for an hour, then back to bed. #skip
@end
@entry 2026-11-17 20:30 Flu
mood: 4/10
anxiety: 4/10
sleep: 9h

A week of flu, and a line a day at most. Tomasz from upstairs left soup and paracetamol outside my door without being asked. In January I didn't know his name.

Back at work tomorrow, probably.
@end
@entry 2026-11-23 21:20 Session seventeen
mood: 6/10
anxiety: 4/10
sleep: 7h

Session seventeen. #session

Talked about the soup. Ruth said it was what the social goal was really for, and I think she's right: not the count, the people.

- #win the book club asked me to run the December meeting
- #raise Christmas at Mum's, with all of us in one house
@end
@entry 2026-12-14 21:40 Session eighteen, the last weekly one
mood: 7/10
anxiety: 3/10
sleep: 7.5h

Session eighteen. We're moving to once a month from January. #session

I brought the January entries and the miracle list. Most of the list has happened in a small way: I sleep past six most days, I have Thursdays, I leave on time, I call Jess because I want to. Sunday is just an evening. Not all Sundays. Most.

- #win a year of goals, and I can see them in my own writing
- #ask what to keep tracking in here once the goals are done
@end
@entry 2026-12-24 22:50 Christmas Eve at Mum's
mood: 7/10
anxiety: 5/10
sleep: 6.5h

At Mum's with Jess, her husband and the kids. Loud, crowded and nice. Snuck out for a walk with Jess after dinner and told her about therapy properly for the first time. She said she'd noticed I'd been different since spring. #family #exercise
@end
@entry 2026-12-25 21:10 Christmas
mood: 8/10
anxiety: 3/10

Christmas Day. Alfie got a drum. Mum cried at the present Jess and I gave her together. I didn't count the hours until I could leave, not once. #family
@end
@entry 2026-12-31 23:05 End of the year
mood: 7/10
anxiety: 3/10
sleep: 7h

Last entry of the year. I read all of it tonight, from the miracle question onwards. In January I wrote that I had nobody to see on a day off. Tonight I'm going to Helen's for the book club New Year thing, and I know six people there by name.

Not fixed. Better. I'll keep writing.
@end
