package dict
import ("testing";"annals/verb";"annals/actor")
func TestCompileBuiltin(t *testing.T){
 as, vs, err := Sources(); if err!=nil {t.Fatal(err)}
 if _, err := verb.Compile(vs...); err != nil { t.Error(err) }
 if _, err := actor.Compile(as...); err != nil { t.Error(err) }
}
